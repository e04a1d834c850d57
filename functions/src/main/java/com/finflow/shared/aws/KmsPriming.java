package com.finflow.shared.aws;

import java.util.List;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Primes the KMS client: {@code DescribeKey} on each key the function was given ({@link
 * GivenResources}), so that marshalling, signing, HTTP and response parsing are loaded and warm in
 * the snapshot. Like each service's priming, a class of its own: see {@link AwsClients}.
 */
final class KmsPriming {

  private KmsPriming() {}

  static void prime(KmsClient kms, List<String> keyIds) {
    keyIds.forEach(key -> kms.describeKey(request -> request.keyId(key)));
  }
}
