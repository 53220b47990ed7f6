-- Access tokens issued before this instant are refused: set when the user's password changes, so that a changed
-- password also signs out every token issued with the old one. Null: no token has been revoked.

ALTER TABLE app_user ADD COLUMN tokens_valid_after TIMESTAMP WITH TIME ZONE;
