package dev.tanji.footprint.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record RunWarning(
        @Column(name = "seq", nullable = false) int seq,
        @Column(name = "code", nullable = false) String code,
        @Column(name = "line_no") Integer lineNo,
        @Column(name = "message", nullable = false, length = 2000) String message) {
}
