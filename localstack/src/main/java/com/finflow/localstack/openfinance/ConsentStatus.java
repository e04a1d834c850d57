package com.finflow.localstack.openfinance;

/**
 * Where a data-sharing consent stands (consents API v3). Only an AUTHORISED consent opens the
 * customer's data.
 */
enum ConsentStatus {
  AWAITING_AUTHORISATION,
  AUTHORISED,
  REJECTED
}
