package com.finflow.identity;

/**
 * A sign-in attempt. The email stays text: one that is not even well-formed must be answered, and
 * counted, exactly like a wrong password, so that the answer reveals nothing.
 *
 * @param sourceAddress the caller's IP address, which failures are also counted against
 */
public record LoginCommand(String email, String password, String sourceAddress) {

  @Override
  public String toString() {
    return "LoginCommand[redacted]";
  }
}
