-- One database per service, created when the compose PostgreSQL starts empty.
CREATE DATABASE "membership";
CREATE DATABASE "catalogue";
CREATE DATABASE "lending";
CREATE DATABASE "reservations";
CREATE DATABASE "fines";
