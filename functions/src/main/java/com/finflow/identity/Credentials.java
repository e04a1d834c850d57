package com.finflow.identity;

/** A user together with the hash their password must match. */
public record Credentials(User user, PasswordHash passwordHash) {}
