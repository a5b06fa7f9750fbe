"""Drives the local SES endpoint with boto3, botocore and smtplib: clients nobody here wrote.

Usage: python3 real_clients.py ENDPOINT_URL SMTP_PORT
Prints one JSON object: each case's outcome (a MessageId, or the error code, HTTP status and
message as botocore parses them; SMTP reply codes and texts). The test asserts on it.
"""
import base64
import datetime
import hashlib
import hmac
import json
import smtplib
import sys
import urllib.error
import urllib.request

import boto3
import botocore.auth
import botocore.parsers
import botocore.session
from botocore import UNSIGNED
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError

ENDPOINT, SMTP_PORT = sys.argv[1], int(sys.argv[2])
REGION = "us-east-1"
DOMAIN_ARN = "arn:aws:ses:us-east-1:888888888888:identity/ses-example.com"
KEYS = {
    "owner": ("AKIAOWNER88888888888", "emulator/owner/888888888888/demo-secret-key"),
    "delegate": ("AKIADELEGATE99999999", "emulator/delegate/999999999999/demo-secret-key"),
    "marketer": ("AKIAMARKETER99999999", "emulator/marketer/999999999999/demo-secret-key"),
    "outsider": ("AKIAOUTSIDER11112222", "emulator/outsider/111122223333/demo-secret-key"),
}
results = {}


def client(who, region=REGION, secret=None, key=None, **config):
    access, default_secret = KEYS[who]
    return boto3.client(
        "ses",
        region_name=region,
        endpoint_url=ENDPOINT,
        aws_access_key_id=key or access,
        aws_secret_access_key=secret or default_secret,
        config=Config(retries={"max_attempts": 1}, **config),
    )


def outcome(call):
    try:
        answer = call()
        return {"ok": True, "answer": {k: v for k, v in answer.items() if k != "ResponseMetadata"}}
    except ClientError as error:
        return {
            "ok": False,
            "code": error.response["Error"]["Code"],
            "status": error.response["ResponseMetadata"]["HTTPStatusCode"],
            "message": error.response["Error"].get("Message", ""),
        }


# --- the announcement's scenario, SDK side -------------------------------------------------------
raw = (
    "From: marketing+raw@ses-example.com\r\n"
    "To: success@simulator.amazonses.com\r\n"
    "Subject: raw\r\n"
    f"X-SES-SOURCE-ARN: {DOMAIN_ARN}\r\n"
    f"X-SES-FROM-ARN: {DOMAIN_ARN}\r\n"
    f"X-SES-RETURN-PATH-ARN: {DOMAIN_ARN}\r\n"
    "\r\nbody\r\n"
)
marketer = client("marketer")
results["boto3_raw_allowed"] = outcome(lambda: marketer.send_raw_email(RawMessage={"Data": raw.encode()}))
results["boto3_raw_refused"] = outcome(
    lambda: marketer.send_raw_email(RawMessage={"Data": raw.replace("marketing+raw", "ceo").encode()})
)

# --- SMTP -----------------------------------------------------------------------------------------
def smtp_password(secret, region):
    # The script of "Obtaining Amazon SES SMTP credentials", written out here.
    def sign(key, msg):
        return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()

    signature = sign(("AWS4" + secret).encode("utf-8"), "11111111")
    for part in (region, "ses", "aws4_request", "SendRawEmail"):
        signature = sign(signature, part)
    return base64.b64encode(bytes([0x04]) + signature).decode("utf-8")


def smtp_case(fn):
    try:
        return {"ok": True, "answer": fn()}
    except smtplib.SMTPResponseException as error:
        return {"ok": False, "code": error.smtp_code, "text": error.smtp_error.decode()}
    except smtplib.SMTPRecipientsRefused as error:
        code, text = list(error.recipients.values())[0]
        return {"ok": False, "code": code, "text": text.decode()}


def smtp_send(who, sender, secret=None, starttls=True, login=True):
    access, default_secret = KEYS[who]
    message = raw.replace("marketing+raw@ses-example.com", sender)
    with smtplib.SMTP("127.0.0.1", SMTP_PORT, timeout=30) as smtp:
        smtp.ehlo()
        if starttls:
            smtp.starttls()
            smtp.ehlo()
        if login:
            smtp.login(access, smtp_password(secret or default_secret, REGION))
        code, text = smtp.mail(sender)
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, text, sender)
        code, text = smtp.rcpt("success@simulator.amazonses.com")
        if code not in (250, 251):
            raise smtplib.SMTPResponseException(code, text)
        code, text = smtp.data(message.encode())
        if code != 250:
            raise smtplib.SMTPDataError(code, text)
        return {"code": code, "text": text.decode()}


results["smtp_allowed"] = smtp_case(lambda: smtp_send("delegate", "marketing+smtp@ses-example.com"))
results["smtp_refused"] = smtp_case(lambda: smtp_send("delegate", "ceo@ses-example.com"))
results["smtp_bad_password"] = smtp_case(
    lambda: smtp_send("delegate", "marketing+smtp@ses-example.com", secret="wrong-secret")
)
results["smtp_no_auth"] = smtp_case(lambda: smtp_send("delegate", "marketing+smtp@ses-example.com", login=False))
results["smtp_plain_loopback"] = smtp_case(
    lambda: smtp_send("delegate", "marketing+plain@ses-example.com", starttls=False)
)

# --- every error class, as botocore parses it -----------------------------------------------------
owner = client("owner")
results["SignatureDoesNotMatch_secret"] = outcome(lambda: client("owner", secret="wrong").list_identities())
results["InvalidClientTokenId"] = outcome(lambda: client("owner", key="AKIANOBODY0000000000").list_identities())
results["MissingAuthenticationToken"] = outcome(
    lambda: boto3.client(
        "ses", region_name=REGION, endpoint_url=ENDPOINT, config=Config(signature_version=UNSIGNED)
    ).list_identities()
)
results["SignatureDoesNotMatch_region"] = outcome(lambda: client("owner", region="us-west-2").list_identities())
results["AccessDenied_management"] = outcome(
    lambda: client("outsider").put_identity_policy(
        Identity=DOMAIN_ARN, PolicyName="Takeover", Policy='{"Version":"2012-10-17","Statement":[]}'
    )
)
results["AccessDenied_iam"] = outcome(lambda: marketer.list_identities())
results["InvalidParameterValue"] = outcome(
    lambda: owner.put_identity_policy(Identity="ses-example.com", PolicyName="bad name!", Policy="{}")
)
results["InvalidPolicy"] = outcome(
    lambda: owner.put_identity_policy(Identity="ses-example.com", PolicyName="Empty", Policy="{}")
)
results["ValidationError"] = outcome(lambda: owner.list_identities(IdentityType="Phone"))
owner.verify_email_identity(EmailAddress="unverified@example.org")
results["MessageRejected"] = outcome(
    lambda: owner.send_email(
        Source="unverified@example.org",
        Destination={"ToAddresses": ["success@simulator.amazonses.com"]},
        Message={"Subject": {"Data": "s"}, "Body": {"Text": {"Data": "b"}}},
    )
)
policy = lambda sid: json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": sid,
                "Effect": "Allow",
                "Principal": {"AWS": "111122223333"},
                "Action": "ses:SendEmail",
                "Resource": DOMAIN_ARN,
            }
        ],
    }
)
for i in range(19):  # the seeded policy and these make 20, SES's limit
    owner.put_identity_policy(Identity="ses-example.com", PolicyName=f"P{i}", Policy=policy(f"S{i}"))
results["LimitExceeded"] = outcome(
    lambda: owner.put_identity_policy(Identity="ses-example.com", PolicyName="P20", Policy=policy("S20"))
)

# Requests no SDK would send: signed by botocore's own SigV4 signer, then altered, and their
# answers parsed by botocore's Query parser against the SES model.
model = botocore.session.get_session().get_service_model("ses")
parser = botocore.parsers.create_parser("query")


def raw_call(params, who="owner", service="ses", skew_seconds=0, strip_signature=False):
    access, secret = KEYS[who]
    request = AWSRequest(method="POST", url=ENDPOINT, data=params, headers={
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"
    })
    real_datetime = botocore.auth.datetime

    class Skewed:
        class datetime(real_datetime.datetime):
            @classmethod
            def utcnow(cls):
                return real_datetime.datetime.utcnow() + real_datetime.timedelta(seconds=skew_seconds)

        timedelta = real_datetime.timedelta

    botocore.auth.datetime = Skewed
    try:
        botocore.auth.SigV4Auth(Credentials(access, secret), service, REGION).add_auth(request)
    finally:
        botocore.auth.datetime = real_datetime
    prepared = request.prepare()
    headers = dict(prepared.headers.items())
    if strip_signature:
        headers["Authorization"] = headers["Authorization"].split(", Signature=")[0]
    http = urllib.request.Request(prepared.url, data=prepared.body.encode() if isinstance(prepared.body, str) else prepared.body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(http) as answer:
            status, body = answer.status, answer.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    parsed = parser.parse(
        {"status_code": status, "headers": {}, "body": body},
        model.operation_model("ListIdentities").output_shape,
    )
    error = parsed.get("Error", {})
    return {"ok": status == 200, "code": error.get("Code"), "status": status, "message": error.get("Message", "")}


list_params = {"Action": "ListIdentities", "Version": "2010-12-01"}
results["SignatureDoesNotMatch_expired"] = raw_call(list_params, skew_seconds=-600)
results["SignatureDoesNotMatch_future"] = raw_call(list_params, skew_seconds=600)
results["SignatureDoesNotMatch_service"] = raw_call(list_params, service="sns")
results["IncompleteSignature"] = raw_call(list_params, strip_signature=True)
results["MissingAction"] = raw_call({"Version": "2010-12-01"})
results["InvalidAction"] = raw_call({"Action": "constructor", "Version": "2010-12-01"})
results["MissingParameter"] = raw_call({"Action": "GetIdentityPolicies", "Version": "2010-12-01", "Identity": "ses-example.com"})

# --- SES API v2 (REST-JSON) with boto3's sesv2 client ----------------------------------------------
def client_v2(who):
    access, secret = KEYS[who]
    return boto3.client(
        "sesv2",
        region_name=REGION,
        endpoint_url=ENDPOINT,
        aws_access_key_id=access,
        aws_secret_access_key=secret,
        config=Config(retries={"max_attempts": 1}),
    )


v2_only = json.dumps({
    "Version": "2012-10-17",
    "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": "999999999999"},
        "Action": ["ses:SendEmail", "ses:SendRawEmail"],
        "Resource": DOMAIN_ARN,
        "Condition": {"StringEquals": {"ses:ApiVersion": "2", "ses:FromAddress": "v2only@ses-example.com"}},
    }],
})
owner_v2 = client_v2("owner")
# The identity is at SES's 20 (above); v2's delete makes room.
results["sesv2_delete_policy"] = outcome(lambda: owner_v2.delete_email_identity_policy(
    EmailIdentity="ses-example.com", PolicyName="P0"))
results["sesv2_create_policy"] = outcome(lambda: owner_v2.create_email_identity_policy(
    EmailIdentity="ses-example.com", PolicyName="V2Only", Policy=v2_only))
results["sesv2_create_policy_again"] = outcome(lambda: owner_v2.create_email_identity_policy(
    EmailIdentity="ses-example.com", PolicyName="V2Only", Policy=v2_only))
results["sesv2_get_identity"] = outcome(lambda: owner_v2.get_email_identity(EmailIdentity="ses-example.com"))
results["sesv2_missing_identity"] = outcome(lambda: owner_v2.get_email_identity(EmailIdentity="nobody+x@ses-example.com"))
results["sesv2_marketer_refused"] = outcome(lambda: client_v2("marketer").create_email_identity_policy(
    EmailIdentity="delegate.example", PolicyName="P", Policy=v2_only))
simple = {"Simple": {"Subject": {"Data": "v2"}, "Body": {"Text": {"Data": "hello"}}}}
results["sesv2_v2only_v2_send"] = outcome(lambda: client_v2("delegate").send_email(
    FromEmailAddress="v2only@ses-example.com", FromEmailAddressIdentityArn=DOMAIN_ARN,
    Destination={"ToAddresses": ["success@simulator.amazonses.com"]}, Content=simple))
results["sesv2_v2only_v1_send"] = outcome(lambda: client("delegate").send_email(
    Source="v2only@ses-example.com", SourceArn=DOMAIN_ARN,
    Destination={"ToAddresses": ["success@simulator.amazonses.com"]},
    Message={"Subject": {"Data": "v1"}, "Body": {"Text": {"Data": "hello"}}}))
results["sesv2_raw_send"] = outcome(lambda: client_v2("marketer").send_email(
    FromEmailAddressIdentityArn=DOMAIN_ARN,
    Content={"Raw": {"Data": raw.replace("X-SES-", "X-Other-").encode()}}))
results["sesv2_list_identities"] = outcome(lambda: owner_v2.list_email_identities(PageSize=1))

print(json.dumps(results))
