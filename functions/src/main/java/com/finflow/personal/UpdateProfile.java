package com.finflow.personal;

import com.finflow.shared.Caller;

/** Changes the caller's primary currency, time zone, or both. */
public final class UpdateProfile {

  private final Profiles profiles;
  private final ViewInvalidation invalidation;

  /** A changed currency or time zone changes every figure of the analytics view. */
  public UpdateProfile(Profiles profiles, ViewInvalidation invalidation) {
    this.profiles = profiles;
    this.invalidation = invalidation;
  }

  public ProfileView update(Caller caller, ProfileChange change) {
    Profile current = profiles.find(caller.userId()).orElse(Profile.DEFAULT);
    Profile changed =
        new Profile(
            change.primaryCurrency().orElse(current.primaryCurrency()),
            change.timeZone().orElse(current.timeZone()));
    profiles.save(caller.userId(), changed);
    invalidation.written(caller.userId());
    return ProfileView.of(changed);
  }
}
