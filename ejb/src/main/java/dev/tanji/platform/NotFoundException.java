package dev.tanji.platform;

import java.util.UUID;

/** A referenced record does not exist, or belongs to no one the caller may see. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String what, UUID id) {
        super("NOT_FOUND", "No " + what + " with id " + id);
    }
}
