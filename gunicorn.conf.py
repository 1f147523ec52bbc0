"""Gunicorn for the app servers: `gunicorn -c gunicorn.conf.py lms.wsgi` (see README.md).

Each value can be changed through the environment without editing this file.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# 2 x cores + 1 synchronous workers, capped: each holds a database connection.
workers = min(2 * multiprocessing.cpu_count() + 1, int(os.environ.get("GUNICORN_MAX_WORKERS", "9")))
# A request running longer than this is killed (the database stops a query after 10 s).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On a restart or deploy, requests in progress get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# Workers are replaced after this many requests (spread out, so not all at once).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = max_requests // 10
# Access log to stdout, with the time each request took (%(M)s, milliseconds).
accesslog = "-"
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'
errorlog = "-"
