-- One database per service, created when the compose PostgreSQL starts empty.
CREATE DATABASE "policy-administration";
CREATE DATABASE "claims-intake";
CREATE DATABASE "fraud-screening";
CREATE DATABASE "claims-assessment";
CREATE DATABASE "settlement";
