-- One database per service, created when the compose PostgreSQL starts empty.
CREATE DATABASE "catalogue";
CREATE DATABASE "ordering";
CREATE DATABASE "payments";
CREATE DATABASE "kitchen";
CREATE DATABASE "delivery";
