package com.finflow.identity;

import java.util.Optional;

/** What sign-in reads: the user an email belongs to and the hash their password must match. */
public interface CredentialStore {

  Optional<Credentials> credentialsOf(Email email);
}
