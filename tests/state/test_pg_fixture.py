import psycopg


def test_the_fixture_serves_a_fresh_database(postgres_url: str) -> None:
    with psycopg.connect(postgres_url) as con:
        assert con.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname='public'"
        ).fetchone() == (0,)
        assert con.execute("SHOW server_version").fetchone()[0].split(".")[0].isdigit()
