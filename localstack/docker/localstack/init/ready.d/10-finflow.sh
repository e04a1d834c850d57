#!/bin/bash
# Init hook (READY stage) for the optional Docker path; also mounted by ../../../floci/compose.yaml.
# Not exercised in this repository's CI: the machine has no Docker engine.
#
# It only prints state. It must never create tables, queues, keys or secrets: the CDK stack
# (infra-cdk) is the single source of truth, deployed from the host after the emulator is up:
#   cd infra-cdk && cdklocal bootstrap && cdklocal deploy --require-approval never
# On a fresh container nothing is deployed yet, so the lists below are empty.
set -u

if command -v awslocal >/dev/null 2>&1; then
  aws_local() { awslocal "$@"; }
else
  # Floci's -compat image ships the AWS CLI, not awslocal.
  export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
  export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-us-east-1}"
  aws_local() { aws --endpoint-url "http://localhost:4566" "$@"; }
fi

show() {
  echo "finflow> $*"
  aws_local "$@" --output text 2>&1 || echo "finflow> (failed: $*)"
}

echo "finflow> emulator ready; Finflow is deployed from the host with cdklocal (see localstack/docker/README.md)"
show cloudformation describe-stacks --query 'Stacks[].[StackName,StackStatus]'
show dynamodb list-tables
show sqs list-queues
show lambda list-functions --query 'Functions[].FunctionName'
show apigatewayv2 get-apis --query 'Items[].[Name,ApiId]'
exit 0
