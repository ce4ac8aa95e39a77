"""The web application: every route in one table, and the middleware every request passes."""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .pages import download, query_page, resource, void
from .site import Site
from .sparql import ALLOW_SPARQL, graph_store, sparql_endpoint

STATIC = Path(__file__).resolve().parent / "static"
_ALL = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"]  # a handler answers 405 with Allow itself

ROUTES = [
    Route("/", query_page, methods=["GET", "HEAD"]),
    Route("/sparql", sparql_endpoint, methods=["GET", "HEAD", "POST"]),
    Route("/sparql/", sparql_endpoint, methods=["GET", "HEAD", "POST"]),
    Route("/store", graph_store, methods=_ALL),
    Route("/void", void, methods=["GET", "HEAD"]),
    Route("/.well-known/void", void, methods=["GET", "HEAD"]),
    Route("/download/{file}", download, methods=["GET", "HEAD"]),
    Mount("/static", StaticFiles(directory=STATIC), name="static"),
    Route("/{path:path}", resource, methods=["GET", "HEAD"]),  # linked data: <base><path>
]


class LimitURL:
    """414 for a request line longer than the cap, before any handler reads it."""

    def __init__(self, app, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and len(scope.get("raw_path", b"")) + len(scope.get("query_string", b"")) > self.max_bytes:
            response = PlainTextResponse(f"the URL is longer than {self.max_bytes:,} bytes: POST the query instead\n",
                                         status_code=414)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def create_app(site: Site) -> Starlette:
    @asynccontextmanager
    async def lifespan(app):
        try:
            yield
        finally:
            site.close()

    app = Starlette(routes=ROUTES, lifespan=lifespan, middleware=[
        Middleware(LimitURL, max_bytes=site.settings.max_url_bytes),
        # Anonymous use from any page: no credentials, preflight for application/sparql-query.
        Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=ALLOW_SPARQL.split(", "),
                   allow_headers=["Accept", "Content-Type"], expose_headers=["Link", "ETag", "Retry-After"],
                   allow_credentials=False, max_age=3600),
        Middleware(GZipMiddleware, minimum_size=1024),
    ])
    app.state.site = site
    return app
