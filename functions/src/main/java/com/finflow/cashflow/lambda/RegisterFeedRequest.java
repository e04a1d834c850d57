package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.cashflow.Feed;
import com.finflow.cashflow.RegisterFeedCommand;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.RequestBodies;
import com.finflow.webhooks.WebhookAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code PUT /cashflow/feeds/{feed_id}} into a {@link RegisterFeedCommand}: the base URL gets
 * the checks of a webhook URL (https, a public address; the local stack's hosts aside).
 */
final class RegisterFeedRequest {

  static final int MAX_URL_LENGTH = 2048;
  static final int MAX_API_KEY_LENGTH = 4096;

  private final WebhookAddress address;

  RegisterFeedRequest(WebhookAddress address) {
    this.address = address;
  }

  RegisterFeedCommand parse(APIGatewayV2HTTPEvent event) {
    List<FieldError> errors = new ArrayList<>();
    String feedId = new CashflowQuery(event, errors).feedId();
    BodyFields fields = new BodyFields(RequestBodies.objectOf(event));
    String baseUrl = fields.text("base_url", MAX_URL_LENGTH);
    String kind = fields.text("kind", 16);
    Optional<String> apiKey = fields.optionalText("api_key", MAX_API_KEY_LENGTH);
    if (!baseUrl.isEmpty()) {
      // A base URL is joined with paths: no query, fragment or credentials of its own.
      Optional<URI> url =
          WebhookAddress.absoluteUrl(baseUrl)
              .filter(
                  uri ->
                      uri.getQuery() == null
                          && uri.getFragment() == null
                          && uri.getUserInfo() == null);
      if (url.isEmpty()) {
        fields.reject(
            "base_url",
            "must be an absolute https URL with a host, such as \"https://data.example.com/api\"");
      } else {
        address.refusalOf(url.get()).ifPresent(reason -> fields.reject("base_url", reason));
      }
    }
    if (!kind.isEmpty() && !Feed.KIND_CDM.equals(kind)) {
      fields.reject("kind", "must be \"" + Feed.KIND_CDM + "\"");
    }
    Requests.throwIfInvalid(errors, fields);
    return new RegisterFeedCommand(feedId, baseUrl, kind, apiKey);
  }
}
