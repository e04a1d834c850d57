package com.finflow.personal;

/** A profile as the API shows it. */
public record ProfileView(String primaryCurrency, String timeZone) {

  static ProfileView of(Profile profile) {
    return new ProfileView(profile.primaryCurrency(), profile.timeZone().getId());
  }
}
