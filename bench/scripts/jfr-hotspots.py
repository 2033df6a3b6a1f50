#!/usr/bin/env python3
"""Aggregates the execution samples of a JFR recording: top self frames, top 'inclusive' frames, and the
share of samples by area (demo LMS signing, JWT verification, JSF rendering, ...).
Usage: bench/scripts/jfr-hotspots.py RECORDING.jfr [TOP]   (needs the JDK's jfr tool on PATH)"""
import collections, json, subprocess, sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "96", "--events", "jdk.ExecutionSample", path],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(out)["recording"]["events"]

def name(frame):
    m = frame["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]

# Areas, checked in order against the whole stack (the first that matches wins).
AREAS = [
    ("demo LMS: RSA sign (platform's cost)", ["com.nimbusds.jose.crypto.RSASSASigner.sign"]),
    ("tool: JWT signature verify", ["com.nimbusds.jose.crypto.RSASSAVerifier.verify"]),
    ("tool: JWT/JSON parse", ["com.nimbusds.jwt.SignedJWT.parse", "com.nimbusds.jwt.SignedJWT.getJWTClaimsSet",
                             "com.nimbusds.jose.util.JSONObjectUtils.parse"]),
    ("demo LMS: build/serialize id_token", ["dk.laerepladsklar.lti.demo.DemoIdTokens", "com.nimbusds.jose.JWSObject.serialize"]),
    ("SecureRandom", ["java.security.SecureRandom.nextBytes", "sun.security.provider"]),
    ("session create/change id", ["io.undertow.server.session", "io.undertow.servlet.spec.HttpServletRequestImpl.getSession",
                                  "io.undertow.servlet.spec.HttpServletRequestImpl.changeSessionId",
                                  "org.wildfly.clustering"]),
    ("JSF render (landing page)", ["jakarta.faces", "com.sun.faces", "org.primefaces", "org.apache.myfaces"]),
    ("JAX-RS (RESTEasy) dispatch", ["org.jboss.resteasy"]),
    ("CDI/Weld", ["org.jboss.weld"]),
    ("logging", ["org.jboss.logmanager", "org.jboss.logging"]),
    ("Undertow/XNIO HTTP", ["io.undertow", "org.xnio"]),
    ("JDK HTTP client (JWKS)", ["jdk.internal.net.http"]),
    ("Hibernate/JDBC/H2", ["org.hibernate", "org.h2", "org.jboss.jca"]),
]

# Which of the five requests of a launch a sample belongs to.
REQUESTS = [
    ("1 demo LMS launch step (platform)", ["dk.laerepladsklar.lti.demo.DemoCoursePage.launch"]),
    ("2 tool login initiation", ["dk.laerepladsklar.lti.web.LoginEndpoint"]),
    ("3 demo LMS auth + id_token signing (platform)", ["dk.laerepladsklar.lti.demo.DemoAuthorizationEndpoint"]),
    ("4 tool launch (validate, session)", ["dk.laerepladsklar.lti.web.LaunchEndpoint"]),
    ("5 tool landing page (JSF)", ["jakarta.faces.webapp.FacesServlet", "dk.laerepladsklar.kernel.AccessFilter"]),
]
request_count = collections.Counter()
self_count = collections.Counter()
incl_count = collections.Counter()
area_count = collections.Counter()
thread_count = collections.Counter()
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    names = [name(f) for f in frames]
    if names:
        self_count[names[0]] += 1
    for n in set(names):
        incl_count[n] += 1
    stack = " ".join(names)
    thread = e["values"].get("sampledThread") or {}
    tname = thread.get("javaName") or thread.get("osName") or "?"
    for req, keys in REQUESTS:
        if any(k in stack for k in keys):
            request_count[req] += 1
            break
    else:
        request_count["HTTP I/O threads (parsing, writing)" if tname.startswith("default I/O")
                      else "worker, outside the endpoints (Undertow/RESTEasy/Weld plumbing)"] += 1
    for area, keys in AREAS:
        if any(k in stack for k in keys):
            area_count[area] += 1
            break
    else:
        area_count["other (" + (names[0].rsplit(".", 2)[0] if names else "?") + ")"] += 1
    thread_count[tname.rstrip("0123456789- ")] += 1

n = len(events)
print(f"{n} execution samples in {path}\n")
print("By request of the launch:")
for req, c in sorted(request_count.items()):
    print(f"  {100*c/n:5.1f}%  {req}")
print("\nBy area (first match over the whole stack):")
for area, c in area_count.most_common(20):
    print(f"  {100*c/n:5.1f}%  {area}")
print(f"\nTop {top} self frames:")
for m, c in self_count.most_common(top):
    print(f"  {100*c/n:5.1f}%  {m}")
print(f"\nTop {top} inclusive frames (dk.laerepladsklar, nimbus, faces, undertow session):")
shown = 0
for m, c in incl_count.most_common():
    if any(m.startswith(p) for p in ("dk.laerepladsklar", "com.nimbusds", "com.sun.faces", "jakarta.faces",
                                     "io.undertow.server.session", "org.primefaces", "java.security", "sun.security")):
        print(f"  {100*c/n:5.1f}%  {m}")
        shown += 1
        if shown >= top:
            break
print("\nBy thread (name without number):")
for t, c in thread_count.most_common(8):
    print(f"  {100*c/n:5.1f}%  {t}")
