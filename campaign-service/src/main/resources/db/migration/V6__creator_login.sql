-- The creator's Keycloak user, once provisioned; one user belongs to one creator.
ALTER TABLE creator ADD COLUMN keycloak_user_id text UNIQUE;
