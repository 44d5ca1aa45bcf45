"""Validates many rendered manifests against many Kubernetes minors in one process with
kubernetes-validate's own library (https://pypi.org/project/kubernetes-validate/).

stdin: {"skip": ["group/version/Kind", ...], "files": [{"id": "<id>", "path": "<path>", "minors": ["1.28", ...]}, ...]}
stdout: {"<id>": [{"minor", "object", "path", "message"}, ...], ...} (findings only)

The files are read as the kubernetes-validate CLI reads them (utils.resources_from_file, PyYAML's
YAML 1.1, close to what kubectl sends the API server). Objects whose apiVersion/Kind are in "skip"
(custom resources; the caller validates them against their CRDs) are left out; any other object
without a schema in a minor is a finding. The library re-reads and parses its schema files (a 1 MB
definitions file) on every call: caching that read is the one change made here, so that a batch of
thousands of validations costs seconds; identical objects are validated once per minor.
"""
import functools
import json
import sys

import kubernetes_validate.utils as utils

utils.schema_contents = functools.lru_cache(maxsize=None)(utils.schema_contents)


def object_ref(resource):
    metadata = resource.get("metadata") or {}
    return "%s/%s" % (resource.get("kind"), metadata.get("name"))


def findings_for(resource, minor):
    try:
        utils.validate(resource, minor, strict=True)
        return []
    except utils.ValidationError as e:
        return [{"path": ".".join(str(p) for p in e.path), "message": e.message}]
    except utils.SchemaNotFoundError as e:
        return [{"path": "", "message": "no schema for %s %s in Kubernetes %s, and no CRD defines it" % (resource.get("apiVersion"), resource.get("kind"), minor)}]


def main():
    request = json.load(sys.stdin)
    skip = set(request["skip"])
    seen = {}
    out = {}
    for entry in request["files"]:
        findings = []
        for resource in utils.resources_from_file(entry["path"]):
            api_version, kind = resource.get("apiVersion"), resource.get("kind")
            if "%s/%s" % (api_version, kind) in skip:
                continue
            key = json.dumps(resource, sort_keys=True, default=str)
            for minor in entry["minors"]:
                if (key, minor) not in seen:
                    seen[(key, minor)] = findings_for(resource, minor)
                for f in seen[(key, minor)]:
                    findings.append(dict(f, minor=minor, object=object_ref(resource)))
        out[entry["id"]] = findings
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
