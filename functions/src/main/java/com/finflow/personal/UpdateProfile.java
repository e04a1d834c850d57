package com.finflow.personal;

import com.finflow.shared.Caller;

/** Changes the caller's primary currency, time zone, or both. */
public final class UpdateProfile {

  private final Profiles profiles;

  public UpdateProfile(Profiles profiles) {
    this.profiles = profiles;
  }

  public ProfileView update(Caller caller, ProfileChange change) {
    Profile current = profiles.find(caller.userId()).orElse(Profile.DEFAULT);
    Profile changed =
        new Profile(
            change.primaryCurrency().orElse(current.primaryCurrency()),
            change.timeZone().orElse(current.timeZone()));
    profiles.save(caller.userId(), changed);
    return ProfileView.of(changed);
  }
}
