#!/usr/bin/env python3
"""Write load for the two-node test: signs in, records hotline calls through the real form (GET the form, POST it
back with every field the page filled in), kills node A with SIGKILL part-way, and reports what was accepted.

  write_load.py BALANCER NODE_A NODE_B NODE_A_PID WRITES WRITERS RUN_TAG

Prints one JSON object: the counts, and the ids the app answered for accepted writes. Only the standard library."""
import html.parser, http.cookiejar, json, os, signal, sys, threading, time, urllib.error, urllib.parse, urllib.request

PASSWORD = "Relief#2021demo"


class FormReader(html.parser.HTMLParser):
    """The fields of the first form whose action matches, as a browser would submit them untouched."""

    def __init__(self, action):
        super().__init__()
        self.action, self.inside, self.fields, self.radios, self.textarea, self.select = action, False, {}, {}, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = self.inside or (a.get("method", "").lower() == "post" and self.action in (a.get("action") or self.action))
        if not self.inside or "name" not in a and tag != "option":
            return
        if tag == "input":
            kind = a.get("type", "text")
            if kind == "radio":
                self.radios.setdefault(a["name"], a.get("value", ""))
                if "checked" in a:
                    self.fields[a["name"]] = a.get("value", "")
            elif kind == "checkbox":
                if "checked" in a:
                    self.fields[a["name"]] = a.get("value", "true")
            elif kind not in ("submit", "button", "search"):
                self.fields[a["name"]] = a.get("value", "")
        elif tag == "textarea":
            self.textarea = a["name"]
            self.fields[a["name"]] = ""
        elif tag == "select":
            self.select = a["name"]
        elif tag == "option" and self.select and ("selected" in a or self.select not in self.fields):
            self.fields[self.select] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
            self.action = "\0"  # only the first matching form
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data

    def form(self):
        return {**{k: v for k, v in self.radios.items()}, **self.fields}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def client():
    jar = http.cookiejar.CookieJar()
    return jar, urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def request(opener, url, data=None):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with opener.open(urllib.request.Request(url, body), timeout=30) as response:
            return response.status, response.headers.get("Location", ""), response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location", ""), error.read().decode("utf-8", "replace")


def form_of(opener, url, action):
    status, _, page = request(opener, url)
    if status != 200:
        raise RuntimeError(f"GET {url} answered {status}")
    reader = FormReader(action)
    reader.feed(page)
    return reader.form()


def sign_in(base, user):
    jar, opener = client()
    fields = form_of(opener, base + "/Account/SignIn", "SignIn")
    fields.update({"Input.UserName": user, "Input.Password": PASSWORD})
    status, location, _ = request(opener, base + "/Account/SignIn", fields)
    if status != 302:
        raise RuntimeError(f"sign-in as {user} answered {status}")
    return jar


def opener_with(jar):
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def main():
    balancer, node_a, node_b, pid_a, writes, writers, tag = sys.argv[1:8]
    writes, writers, pid_a = int(writes), int(writers), int(pid_a)
    report = {}

    # Signed in through node A, the same cookie is honoured by node B: the key ring is shared through the database.
    jar = sign_in(node_a, "officer")
    status_b, location_b, page_b = request(opener_with(jar), node_b + "/Hotline")
    report["signed_in_on_a_served_by_b"] = status_b == 200 and "/Account/SignIn" not in location_b

    lock = threading.Lock()
    outcomes = []  # (index, status, id or None, time, phase)
    killed_at = [None]
    next_index = [0]

    def writer():
        opener = opener_with(sign_in(balancer, "officer"))
        while True:
            with lock:
                index = next_index[0]
                next_index[0] += 1
            if index >= writes:
                return
            if index == writes // 3 and killed_at[0] is None:
                os.kill(pid_a, signal.SIGKILL)
                killed_at[0] = time.monotonic()
            started = time.monotonic()
            try:
                fields = form_of(opener, balancer + "/Hotline/Create", "Create")
                fields["Input.Question"] = f"{tag}-{index:05d} 两节点写入测试"
                fields["Input.CallerName"] = "节点测试"
                fields["Input.OutcomeNote"] = "已当场答复。"
                status, location, _ = request(opener, balancer + "/Hotline/Create", fields)
                call = int(location.rsplit("/", 1)[-1].split("?")[0]) if status == 302 and "/Hotline/Details/" in location else None
            except Exception as error:  # a connection dropped by the kill: counted, never retried (a retry could duplicate)
                status, call = f"error: {type(error).__name__}", None
            with lock:
                outcomes.append({"index": index, "status": status, "id": call, "started": started})

    threads = [threading.Thread(target=writer) for _ in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    grace = 10.0  # the balancer takes a failed node out on its first refused connection; allow for requests in flight
    after = [o for o in outcomes if killed_at[0] is not None and o["started"] > killed_at[0] + grace]
    report.update({
        "writes": writes,
        "accepted": sum(1 for o in outcomes if o["id"] is not None),
        "failed": sum(1 for o in outcomes if o["id"] is None),
        "failed_statuses": sorted({str(o["status"]) for o in outcomes if o["id"] is None}),
        "after_kill_requests": len(after),
        "after_kill_5xx": sum(1 for o in after if isinstance(o["status"], int) and o["status"] >= 500),
        "after_kill_failed": sum(1 for o in after if o["id"] is None),
        "accepted_ids": sorted(o["id"] for o in outcomes if o["id"] is not None),
        "failed_indexes": sorted(o["index"] for o in outcomes if o["id"] is None),
    })
    print(json.dumps(report))


if __name__ == "__main__":
    main()
