"""The query pool the server runs on (peelkg.workers), driven from an event loop as the server drives it:
who gets a worker when, what a full queue and a closed pool answer, and a page's procedure."""
from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from peelkg.limits import Limits
from peelkg.query import open_local
from peelkg.workers import Busy, LimitExceeded, Pool

BUILD = Path(__file__).resolve().parent.parent / "build"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def load():
    return open_local(BUILD)


def count_triples(store) -> int:
    """A procedure: what a worker runs by name, on the store it holds."""
    return len(store.select("SELECT * WHERE { ?s ?p ?o }")[1])


def test_a_long_query_leaves_its_quick_slot_to_the_next_query():
    async def scenario(pool: Pool):
        runaway = asyncio.create_task(pool.run_async(CARTESIAN, "csv"))
        await asyncio.sleep(0.3)  # past 50 ms it stops counting as quick
        started = time.monotonic()
        body = await pool.run_async("ASK { ?s ?p ?o }", "srj")
        took = time.monotonic() - started
        with pytest.raises(LimitExceeded) as stopped:
            await runaway
        return body, took, stopped.value.limit

    with Pool(load, workers=2, queue=4, quick=1, limits=Limits(timeout=1.5)) as pool:
        body, took, limit = asyncio.run(scenario(pool))
    assert b'"boolean":true' in body.replace(b" ", b"") and took < 0.5 and limit == "timeout"


def test_a_query_waits_its_turn_and_past_the_queue_is_told_busy():
    async def scenario(pool: Pool):
        runaway = asyncio.create_task(pool.run_async(CARTESIAN, "csv"))  # holds the only worker for 1 s
        await asyncio.sleep(0.2)
        started = time.monotonic()
        waiting = asyncio.create_task(pool.run_async("ASK { ?s ?p ?o }", "srj"))
        await asyncio.sleep(0.05)
        with pytest.raises(Busy):  # the queue (one place) is taken
            await pool.run_async("ASK { ?s a ?t }", "srj")
        with pytest.raises(LimitExceeded):
            await runaway
        body = await waiting  # the worker killed at the limit is replaced for it
        return body, time.monotonic() - started

    with Pool(load, workers=1, queue=1, limits=Limits(timeout=1)) as pool:
        body, took = asyncio.run(scenario(pool))
    assert b"true" in body and 0.5 < took < 2


def test_closing_the_pool_ends_the_queries_in_flight_and_waiting_with_busy():
    async def scenario(pool: Pool):
        running = asyncio.create_task(pool.run_async(CARTESIAN, "csv"))
        await asyncio.sleep(0.2)
        waiting = asyncio.create_task(pool.run_async("ASK { ?s ?p ?o }", "srj"))
        await asyncio.sleep(0.05)
        pool.close()
        return await asyncio.gather(running, waiting, return_exceptions=True)

    pool = Pool(load, workers=1, queue=4, limits=Limits(timeout=30)).start()
    started = time.monotonic()
    outcomes = asyncio.run(scenario(pool))
    assert [type(o) for o in outcomes] == [Busy, Busy] and time.monotonic() - started < 5


def test_a_procedure_runs_in_a_worker_by_name_under_the_size_cap():
    with Pool(load, workers=2, queue=2, procedures={"count": count_triples}) as pool:
        count = asyncio.run(pool.call("count"))
        with pytest.raises(LimitExceeded) as stopped:
            asyncio.run(pool.call("count", limits=Limits(max_bytes=2)))
    assert count == len(load().select("SELECT * WHERE { ?s ?p ?o }")[1]) > 0 and stopped.value.limit == "size"
