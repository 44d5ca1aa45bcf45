"""Creates the artifact bucket when it is missing (idempotent). Runs in the MLflow image (boto3)."""
# files/run_job.py is appended by the template: it runs main() and stops the Istio sidecar.
import os
import sys
import urllib.request

import boto3
from botocore.exceptions import ClientError


def main():
    bucket = os.environ["MLFLOW_ARTIFACT_BUCKET"]
    options = {}
    if os.environ.get("MLFLOW_S3_ENDPOINT_URL"):
        options["endpoint_url"] = os.environ["MLFLOW_S3_ENDPOINT_URL"]
    if os.environ.get("MLFLOW_S3_IGNORE_TLS", "").lower() == "true":
        options["verify"] = False
    s3 = boto3.client("s3", **options)
    try:
        s3.head_bucket(Bucket=bucket)
        print(f"bucket {bucket} exists")
        return
    except ClientError as error:
        code = str(error.response.get("Error", {}).get("Code"))
        if code not in ("404", "NoSuchBucket", "NotFound"):
            print(f"cannot check bucket {bucket}: {error}", file=sys.stderr)
            raise
    request = {"Bucket": bucket}
    region = os.environ.get("AWS_DEFAULT_REGION", "")
    # us-east-1 (and MinIO's default) takes no LocationConstraint; every other AWS region needs one.
    if region and region != "us-east-1":
        request["CreateBucketConfiguration"] = {"LocationConstraint": region}
    s3.create_bucket(**request)
    print(f"bucket {bucket} created")
