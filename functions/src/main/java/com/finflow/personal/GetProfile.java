package com.finflow.personal;

import com.finflow.shared.Caller;

/** The caller's own profile: EUR and UTC until they change it. */
public final class GetProfile {

  private final Profiles profiles;

  public GetProfile(Profiles profiles) {
    this.profiles = profiles;
  }

  public ProfileView get(Caller caller) {
    return ProfileView.of(profiles.find(caller.userId()).orElse(Profile.DEFAULT));
  }
}
