package com.finflow.webhooks;

import com.finflow.shared.failure.NotFound;

/**
 * The caller's organization has no delivery under this subject: it is unknown, another
 * organization's, or nothing about it has been published yet; the answer is the same in each case,
 * so it tells nothing about others.
 */
public final class NoSuchSubject extends NotFound {

  public NoSuchSubject(WebhookSubject subject) {
    super("no " + subject.kind() + " with this id");
  }
}
