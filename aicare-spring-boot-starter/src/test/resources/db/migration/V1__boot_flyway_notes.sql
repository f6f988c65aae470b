-- A migration of the service's own for Boot's Flyway, when a service keeps it on beside the starter.
CREATE TABLE boot_flyway_notes (id integer PRIMARY KEY);
