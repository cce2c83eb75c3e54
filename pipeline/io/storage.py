"""Where a corpus and the outputs live: a local path, or any fsspec URL (s3://, gs://, file://, ...).

A local path stays a `pathlib.Path`, read and written exactly as before. A
corpus URL becomes a `RemotePath`, which offers the few pathlib operations the
corpus reader uses (`name`, `stem`, `suffix`, `is_dir`, `is_file`, `iterdir`,
`read_bytes`) over fsspec, so listing and reading articles is one code path
for both. An output URL is written through a local staging directory (see
`staging_directory`, `publish`). fsspec comes with Dask; a protocol's own
package (s3fs, gcsfs, ...) must be installed wherever the URL is used: here
and, for the corpus, on every Dask worker.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
from pathlib import Path

from ..errors import Errors, UserError


def is_url(location: object) -> bool:
    """A string naming a protocol (`s3://bucket/corpus`), not a local path."""
    return isinstance(location, str) and "://" in location


def as_path(location: str | Path | RemotePath) -> Path | RemotePath:
    """`location` as a Path (local) or a RemotePath (URL)."""
    if isinstance(location, (Path, RemotePath)):
        return location
    return RemotePath(location) if is_url(location) else Path(location)


def _filesystem(url: str):
    """(fsspec file system, path inside it); UserError when the protocol cannot be used."""
    import fsspec

    try:
        return fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as exc:  # "Install s3fs to access S3", "Protocol not known"
        raise UserError(Errors.E014.format(url=url, reason=exc)) from None


class RemotePath:
    """A file or directory at an fsspec URL, with the pathlib subset the corpus reader needs.

    Picklable (it holds only the URL), so Dask workers read the article
    themselves instead of the driver shipping its bytes.
    """

    def __init__(self, url: str, kind: str | None = None):
        self.url = url.rstrip("/") if not url.endswith("://") else url
        # "file" or "directory" when known from the listing that found it:
        # asking an object store again costs a round trip per article.
        self._kind = kind

    # -- names
    @property
    def name(self) -> str:
        return posixpath.basename(self.url.split("://", 1)[-1])

    @property
    def suffix(self) -> str:
        return posixpath.splitext(self.name)[1]

    @property
    def stem(self) -> str:
        return posixpath.splitext(self.name)[0]

    def __truediv__(self, name: str) -> RemotePath:
        return RemotePath(f"{self.url}/{name}")

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"RemotePath({self.url!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RemotePath) and other.url == self.url

    def __hash__(self) -> int:
        return hash(self.url)

    def __lt__(self, other: RemotePath) -> bool:
        return self.url < other.url

    def __getstate__(self) -> dict:
        return {"url": self.url, "_kind": self._kind}

    # -- file system
    def _type(self) -> str | None:
        if self._kind is None:
            fs, path = _filesystem(self.url)
            try:
                self._kind = fs.info(path).get("type")
            except OSError:  # missing: neither a file nor a directory
                return None
        return self._kind

    def is_dir(self) -> bool:
        return self._type() == "directory"

    def is_file(self) -> bool:
        return self._type() == "file"

    def iterdir(self) -> list[RemotePath]:
        fs, path = _filesystem(self.url)
        children = []
        for info in fs.ls(path, detail=True):
            children.append(RemotePath(fs.unstrip_protocol(info["name"]), kind=info.get("type")))
        return children

    def read_bytes(self) -> bytes:
        fs, path = _filesystem(self.url)
        return fs.cat_file(path)


# ------------------------------------------------------------------ outputs at a URL
def staging_directory(url: str) -> Path:
    """The local directory a run into `url` writes its tables and its cache in.

    One per URL and kept between runs, so the article cache (which lives beside
    the tables) makes the next run into the same URL incremental, as locally.
    """
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "spaceflight-pipeline" / "outputs" / hashlib.sha256(url.encode()).hexdigest()[:16]


def publish(local_dir: Path, url: str, names: tuple[str, ...]) -> None:
    """Copy the finished files `names` of `local_dir` to the directory at `url`.

    Each goes to a temporary name first and is then moved onto its own, so a
    reader sees the previous file or the new one, never half of one (an object
    store replaces an object whole; a file system renames).
    """
    fs, root = _filesystem(url)
    target = url
    try:
        fs.makedirs(root, exist_ok=True)
        for name in names:
            target = f"{url.rstrip('/')}/{name}"
            tmp = f"{root.rstrip('/')}/.{name}.{os.getpid()}.upload"
            fs.put_file(str(Path(local_dir) / name), tmp)
            fs.mv(tmp, f"{root.rstrip('/')}/{name}")
    except OSError as exc:
        raise UserError(Errors.E010.format(path=target, reason=exc.strerror or exc)) from None
