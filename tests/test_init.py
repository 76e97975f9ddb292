"""`briefgen init`: a new project that builds at once, strictly, with its
schemas, .gitignore and publish workflow; never written over anything."""
import json
import re
import resource
import shutil
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

import jsonschema
import pytest
import yaml
from markupsafe import escape

from briefgen import build, jsonschemas, labels, yamlsource
from briefgen.cli import main
from briefgen.init import STARTER, placeholder_title
from briefgen.schema import KINDS, RECORD_KINDS


def briefgen(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=cwd, capture_output=True, text=True)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    parent = tmp_path_factory.mktemp("init")
    done = briefgen("init", "my-brief", cwd=parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("created a brief with ")
    assert done.stdout.splitlines()[-1] == "next: cd my-brief && briefgen build && briefgen serve"
    return parent / "my-brief"


def test_the_new_project_builds_strictly_at_once(project, tmp_path):
    result = build(project, out=tmp_path / "site", strict=True)
    assert [d.format() for d in result.diagnostics.items] == []
    site = tmp_path / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in home and "My research brief" in home
    assert (site / "sources" / "long-river-summit" / "index.html").is_file()
    assert result.claims >= len(RECORD_KINDS)


def test_it_holds_one_cited_record_of_every_kind(project):
    library = build(project, out=project / "site").library
    assert {record.kind for record in library.records.values()} == set(RECORD_KINDS)
    assert all(record.claims and all(claim.cites for claim in record.claims) for record in library.records.values())


def test_every_fact_file_names_a_schema_written_into_the_project_and_satisfies_it(project):
    files = sorted((project / "content").glob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        reference = text.splitlines()[0].removeprefix("# yaml-language-server: $schema=")
        schema_path = (path.parent / reference).resolve()
        assert schema_path == project / "schemas" / f"{path.stem}.schema.json"
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        assert list(jsonschema.Draft202012Validator(schema).iter_errors(yamlsource.parse(text))) == []
    assert sorted(p.name for p in (project / "schemas").iterdir()) == sorted(f"{s}.schema.json" for s in KINDS)


def test_settings_hold_title_language_and_a_base_url_to_fill_in(project):
    text = (project / "briefgen.toml").read_text(encoding="utf-8")
    assert tomllib.loads(text) == {"site": {"title": "My research brief", "language": "en",
                                            "description": "What this brief covers, in one paragraph."}}
    assert '# base_url = "https://example.org/my-brief/"' in text


def test_options_set_title_language_and_base_url(tmp_path):
    assert main(["init", str(tmp_path / "b"), "--title", 'Cumbre "UE–Mercosur"', "--language", "es",
                 "--base-url", "https://example.org/cumbre/"]) == 0
    settings = tomllib.loads((tmp_path / "b" / "briefgen.toml").read_text(encoding="utf-8"))["site"]
    assert settings == settings | {"title": 'Cumbre "UE–Mercosur"', "language": "es",
                                   "base_url": "https://example.org/cumbre/"}
    assert build(tmp_path / "b", strict=True).ok
    home = (tmp_path / "b" / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="es">' in home and "Cumbre &#34;UE–Mercosur&#34;" in home
    assert '<link rel="canonical" href="https://example.org/cumbre/">' in home


def test_gitignore_keeps_the_build_output_out_of_git(project):
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed")
    subprocess.run([git, "init", "-q"], cwd=project, check=True)
    ignored = subprocess.run([git, "check-ignore", "site/index.html", ".site.lock", ".briefgen-cache/x",
                              "content/forums.yaml"], cwd=project, capture_output=True, text=True)
    assert ignored.stdout.split() == ["site/index.html", ".site.lock", ".briefgen-cache/x"]
    shutil.rmtree(project / ".git")


def test_the_publish_workflow_gates_on_a_strict_build_and_lints_clean(project):
    path = project / ".github" / "workflows" / "publish.yml"
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    check = [step["run"] for step in workflow["jobs"]["check"]["steps"] if "run" in step]
    assert check == ["python3 -m pip install -r requirements.txt", "briefgen build --strict"]
    assert workflow["jobs"]["deploy"]["needs"] == "check"
    [upload] = [step for step in workflow["jobs"]["deploy"]["steps"]
                if step.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert upload["with"] == {"path": "site", "include-hidden-files": True}  # static/.well-known/ published too
    requirements = (project / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert requirements[-1].startswith("briefgen==")
    # briefgen installed from elsewhere than the package index: the file says how to name it instead
    assert any(line.startswith("#") and "briefgen @ git+" in line for line in requirements)
    actionlint = shutil.which("actionlint")
    assert actionlint, "actionlint is missing: pip install -e '.[test]' installs it"
    done = subprocess.run([actionlint, "-format", "{{json .}}", str(path)], capture_output=True, text=True,
                          cwd=project)
    assert json.loads(done.stdout) == [] and done.returncode == 0, done.stdout


def test_a_folder_that_is_not_empty_is_refused_and_left_alone(tmp_path, capsys):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("my notes", encoding="utf-8")
    assert main(["init", str(folder)]) == 2
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "my notes"
    err = capsys.readouterr().err
    assert err == (f"error: {folder} is not empty; briefgen init only writes into an empty or new folder\n"
                   "    hint: give a new folder, e.g. briefgen init my-brief\n")


def test_a_new_git_repository_is_empty_enough_and_its_git_is_left_alone(tmp_path):
    """git init, then briefgen init: the order a new repository is most often made in."""
    folder = tmp_path / "brief"
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    before = sorted(str(p.relative_to(folder)) for p in (folder / ".git").rglob("*"))
    assert main(["init", str(folder)]) == 0
    assert (folder / "briefgen.toml").is_file()
    assert sorted(str(p.relative_to(folder)) for p in (folder / ".git").rglob("*")) == before
    assert main(["--root", str(folder), "build", "-q"]) == 0


def _files_of_at_most(size: int):
    """As a disk that fills: a write past `size` bytes fails (EFBIG, the signal that would end the process ignored)."""
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return limit


@pytest.mark.parametrize("size", [512, 4096])  # a starter file cut short; a schema
def test_an_init_that_cannot_write_every_file_leaves_the_folder_as_it_was(tmp_path, size):
    """A full disk stopped init half-way: the folder kept what it had written, a file cut short among
    it, and init then refused it as not empty."""
    (tmp_path / "repository" / ".git").mkdir(parents=True)
    for folder in ("new/brief", "repository"):
        done = subprocess.run([sys.executable, "-m", "briefgen", "init", folder], cwd=tmp_path,
                              capture_output=True, text=True, preexec_fn=_files_of_at_most(size))
        assert (done.returncode, done.stdout) == (2, "")
        assert done.stderr.startswith(f"error: cannot make {folder}: File too large\n")
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["repository", "repository/.git"]
    assert briefgen("init", "repository", cwd=tmp_path).returncode == 0


def test_a_file_in_the_way_is_refused(tmp_path, capsys):
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    assert main(["init", str(tmp_path / "taken")]) == 2
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "x"
    assert "exists and is not a folder" in capsys.readouterr().err


def test_init_in_the_current_empty_folder(tmp_path):
    done = briefgen("init", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "next: briefgen build && briefgen serve"
    assert (tmp_path / "briefgen.toml").is_file()


@pytest.mark.parametrize("args, made", [(["--root", "desk", "init"], "desk"),
                                         (["init", "brief", "--root", "desk"], "desk/brief")])
def test_the_next_step_goes_into_the_folder_made_under_root(tmp_path, args, made):
    """`briefgen --root desk init` said `cd . && briefgen build`, and
    `briefgen init brief --root desk` said `cd brief`: a build where no brief is."""
    done = briefgen(*args, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / made / "briefgen.toml").is_file()
    assert done.stdout.splitlines()[-1] == f"next: cd {made} && briefgen build && briefgen serve"


def test_init_help_says_root_is_where_the_new_folder_is_made(capsys):
    """`briefgen init --help` called --root the 'project folder', as every
    other command does; for init it is the folder DIR is made in (above)."""
    assert main(["init", "--help"]) == 0
    help = " ".join(capsys.readouterr().out.split())
    assert "--root ROOT folder to make DIR in (default: current folder)" in help
    assert "project folder" not in help
    # `briefgen --root desk init` makes desk itself: DIR's default is --root's folder.
    assert "dir new or empty folder, a .git aside (default: the --root folder, else the current one)" in help
    assert main(["build", "--help"]) == 0
    assert "--root ROOT project folder (default: current folder)" in " ".join(capsys.readouterr().out.split())


def test_a_base_url_without_a_scheme_is_a_usage_error(tmp_path, capsys):
    assert main(["init", str(tmp_path / "b"), "--base-url", "example.org/brief"]) == 2
    assert "'example.org/brief' is not a base URL: it must start with https:// or http://" in capsys.readouterr().err
    assert not (tmp_path / "b").exists()


@pytest.mark.parametrize("option, value, problem", [
    ("--language", "xx", "unknown language 'xx'; write a BCP 47 language tag such as en, es, pt-BR or ja"),
    ("--language", "German", "unknown language 'German'; did you mean 'de'? (the tag, not the name)"),
    ("--language", "de_DE", "unknown language 'de_DE'; did you mean 'de-DE'?"),
    ("--language", "", "unknown language ''"),
    ("--title", "  ", "a title needs words"),
    ("--title", "Brief\x07", "the title contains the control character U+0007; remove it"),
])
def test_a_language_or_title_the_brief_could_not_build_with_is_a_usage_error(tmp_path, capsys, option, value, problem):
    assert main(["init", str(tmp_path / "b"), option, value]) == 2
    assert f"briefgen init: error: argument {option}: {problem}" in capsys.readouterr().err
    assert not (tmp_path / "b").exists()


@pytest.mark.parametrize("language", ["de-DE", "pt-BR", "ja", "kk", "pl", "zh-TW", "zh-CN"])
def test_a_brief_started_in_a_language_cldr_knows_builds_strictly(tmp_path, language):
    assert main(["init", str(tmp_path / "b"), "--language", language, "-q"]) == 0
    result = build(tmp_path / "b", out=tmp_path / "b" / "site", search=False, strict=True)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    settings = tomllib.loads((tmp_path / "b" / "briefgen.toml").read_text(encoding="utf-8"))
    if labels.built_in(language):
        assert "labels" not in settings
    else:  # every label, in English, for the editor to translate; a count with the forms the language uses
        assert settings["labels"] == {key: value if isinstance(value, str) else labels.used_forms(value, language)
                                      for key, value in labels.english().items()}
    if language == "pl":
        assert set(settings["labels"]["count_claim"]) == {"one", "few", "many", "other"}


def test_a_japanese_starters_sentence_its_source_wraps_is_quoted_as_one_line(tmp_path):
    # The starter's source wraps "置き換えて / ください" as a Japanese text may: no space parts the two.
    assert main(["init", str(tmp_path / "b"), "--language", "ja", "-q"]) == 0
    about = tmp_path / "b" / "pages" / "about.md"
    text = about.read_text(encoding="utf-8")
    about.write_text(text.replace('quote="両国はロング川水協定に署名した"', 'quote="文書に置き換えてください。"'),
                     encoding="utf-8")
    assert "文書に置き換えてください" in about.read_text(encoding="utf-8")
    result = build(tmp_path / "b", out=tmp_path / "b" / "site", search=False, strict=True)
    assert result.ok, [d.format() for d in result.diagnostics.items]


def test_schemas_command_rewrites_the_projects_schemas(tmp_path, capsys):
    assert main(["init", str(tmp_path / "b"), "-q"]) == 0
    assert capsys.readouterr().out == ""
    stale = tmp_path / "b" / "schemas" / "figures.schema.json"
    stale.write_text("{}", encoding="utf-8")
    assert main(["schemas", "--root", str(tmp_path / "b")]) == 0
    assert stale.read_text(encoding="utf-8") == jsonschemas.render(jsonschemas.schema_for("figures"))
    assert capsys.readouterr().out == f"wrote {len(KINDS)} JSON Schemas into {tmp_path / 'b' / 'schemas'}\n"


@pytest.mark.parametrize("linked, said", [
    ("schemas/forums.schema.json", "schemas/forums.schema.json is not a regular file (a link?)"),
    ("schemas", "schemas/ is a symbolic link"),
])
def test_the_schemas_command_never_writes_through_a_link(tmp_path, capsys, linked, said):
    assert main(["init", str(tmp_path / "b"), "-q"]) == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "forums.schema.json").write_text("the user's own", encoding="utf-8")
    link = tmp_path / "b" / linked
    shutil.rmtree(link) if link.is_dir() else link.unlink()
    link.symlink_to(elsewhere if linked == "schemas" else elsewhere / "forums.schema.json")
    capsys.readouterr()
    assert main(["schemas", "--root", str(tmp_path / "b")]) == 2
    assert said in capsys.readouterr().err
    assert [p.name for p in elsewhere.iterdir()] == ["forums.schema.json"]
    assert (elsewhere / "forums.schema.json").read_text(encoding="utf-8") == "the user's own"


@pytest.mark.parametrize("language, line", [
    ("fr", 'description = "Ce que couvre ce dossier, en un paragraphe."'),
    ("zh-TW", 'description = "用一段話說明本簡報涵蓋的內容。"'),
    ("pl", '# description = "What this brief covers, in one paragraph."  # in the brief\'s language'),
])
def test_init_writes_the_placeholder_description_in_the_briefs_language(tmp_path, language, line):
    assert main(["init", str(tmp_path / "b"), "--language", language, "-q"]) == 0
    assert line in (tmp_path / "b" / "briefgen.toml").read_text(encoding="utf-8").splitlines()
    assert main(["build", "--root", str(tmp_path / "b"), "-q", "--no-search"]) == 0
    assert "What this brief covers" not in (tmp_path / "b" / "site" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("language, title", [
    ("en", "My research brief"), ("fr", "Mon dossier de recherche"), ("uz", "Mening tadqiqot maʼlumotnomam"),
    ("zh-TW", "我的研究簡報"), ("pl", "My research brief"),  # no labels in Polish: English, to change
])
def test_init_titles_a_brief_in_its_language_unless_given_a_title(tmp_path, language, title):
    assert main(["init", str(tmp_path / "b"), "--language", language, "-q"]) == 0
    assert tomllib.loads((tmp_path / "b" / "briefgen.toml").read_text(encoding="utf-8"))["site"]["title"] == title
    assert main(["init", str(tmp_path / "c"), "--language", language, "--title", "Steppe", "-q"]) == 0
    assert tomllib.loads((tmp_path / "c" / "briefgen.toml").read_text(encoding="utf-8"))["site"]["title"] == "Steppe"


def test_every_language_briefgen_has_labels_in_has_a_placeholder_title():
    catalogues = {path.stem for path in (STARTER.parent / "labels").glob("*.toml")}
    assert {catalogue for catalogue in catalogues if placeholder_title(catalogue) != "My research brief"} \
        == catalogues - {"en"}


def test_init_writes_the_language_tag_as_bcp_47_spells_it(tmp_path):
    assert main(["init", str(tmp_path / "b"), "--language", "pt-br", "-q"]) == 0
    settings = tomllib.loads((tmp_path / "b" / "briefgen.toml").read_text(encoding="utf-8"))
    assert settings["site"]["language"] == "pt-BR"


# The summit's claim in the starter, as each translation of it writes it.
SUMMIT_CLAIM = {
    "en": "The leaders of Northland and Southland met in Riverton on 2 March 2026.",
    "fr": "Les dirigeants du Nordland et du Sudland se sont réunis à Riverton le 2 mars 2026.",
    "es": "Los líderes de Norlandia y Surlandia se reunieron en Riverton el 2 de marzo de 2026.",
    "de": "Die Staatschefs von Nordland und Südland trafen sich am 2. März 2026 in Riverton.",
    "ru": "Лидеры Северландии и Южландии встретились в Ривертоне 2 марта 2026 года.",
    "pt": "Os líderes da Norlândia e da Sulândia se reuniram em Riverton em 2 de março de 2026.",
    "it": "I leader della Nordlandia e della Sudlandia si sono incontrati a Riverton il 2 marzo 2026.",
    "ja": "ノースランドとサウスランドの首脳は2026年3月2日にリバートンで会談した。",
    "zh": "2026年3月2日，北兰和南兰领导人在里弗顿会面。",
    "zh-Hant": "2026年3月2日，北蘭和南蘭領導人在里弗頓會面。",
    "ar": "التقى قادة نورثلاند وساوثلاند في ريفرتون في 2 مارس 2026.",
    "ko": "노스랜드와 사우스랜드 정상은 2026년 3월 2일 리버턴에서 만났다.",
    "tr": "Kuzeyland ve Güneyland liderleri 2 Mart 2026'da Riverton'da bir araya geldi.",
    "uz": "Shimoliya va Janubiya yetakchilari 2026-yil 2-martda Daryobodda uchrashdi.",
    "kk": "Солтүстікландия мен Оңтүстікландия басшылары 2026 жылғы 2 наурызда Ривертонда кездесті.",
}
TRANSLATED = STARTER / "translated"


def started(tmp_path: Path, language: str) -> tuple[Path, str]:
    """A brief started in `language` and built strictly, and its summit's page."""
    assert main(["init", str(tmp_path / "b"), "--language", language, "-q"]) == 0
    result = build(tmp_path / "b", out=tmp_path / "b" / "site", search=False, strict=True)
    assert [d.format() for d in result.diagnostics.items] == []
    return tmp_path / "b", (tmp_path / "b" / "site" / "events" / "long-river-summit-2026" / "index.html").read_text(
        encoding="utf-8")


@pytest.mark.parametrize("language, catalogue", [(c, c) for c in SUMMIT_CLAIM if c != "en"] + [
    ("fr-CA", "fr"), ("es-419", "es"), ("de-AT", "de"), ("ru-RU", "ru"), ("pt-BR", "pt"),
    ("pt-PT", "pt"), ("it-CH", "it"), ("ja-JP", "ja"), ("zh-CN", "zh"), ("zh-Hans-SG", "zh"),
    ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"), ("ar-EG", "ar"), ("ko-KR", "ko"), ("tr-TR", "tr"),
    ("uz-UZ", "uz"), ("uz-Latn", "uz"), ("kk-KZ", "kk")])
def test_a_brief_in_a_language_the_starter_is_translated_into_starts_with_the_example_in_it(
        tmp_path, language, catalogue):
    folder, event = started(tmp_path, language)
    assert escape(SUMMIT_CLAIM[catalogue]) in event and SUMMIT_CLAIM["en"] not in event
    seed = yamlsource.parse((folder / "seeds" / "long-river-summit.md").read_text(encoding="utf-8").split("---")[1])
    # The language its source is read in: the tag's primary subtag, but the script too for Traditional
    # Chinese, whose "200萬美元" a source in zh (Simplified) would not state.
    assert seed["language"] == catalogue
    home = (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert "Northland" not in home and "Long River" not in home


@pytest.mark.parametrize("language", ["en-GB", "pl", "ky", "uz-Cyrl"])
def test_a_brief_in_a_language_the_starter_is_not_translated_into_starts_with_the_english_example(tmp_path, language):
    folder, event = started(tmp_path, language)
    assert SUMMIT_CLAIM["en"] in event
    assert (folder / "seeds" / "long-river-summit.md").read_bytes() == \
        (STARTER / "seeds" / "long-river-summit.md").read_bytes()


def test_every_translation_of_the_starter_is_the_same_brief_in_other_words():
    """Each translated file replaces an English one; a fact file holds the same
    records, ids, dates and amounts, only its words (names, claims, quotes,
    places, units) translated. Every translation is tested above."""
    words = {"name", "text", "quote", "place", "unit"}

    def facts(value):
        if isinstance(value, dict):
            return {key: facts(item) for key, item in value.items() if key not in words}
        return [facts(item) for item in value] if isinstance(value, list) else value

    translations = sorted(path.name for path in TRANSLATED.iterdir())
    assert translations == sorted(c for c in SUMMIT_CLAIM if c != "en")
    english = sorted(path.relative_to(STARTER).as_posix() for path in STARTER.rglob("*")
                     if path.is_file() and TRANSLATED not in path.parents)
    for name in translations:
        assert labels.built_in(name) == name
        files = sorted(path.relative_to(TRANSLATED / name).as_posix() for path in (TRANSLATED / name).rglob("*")
                       if path.is_file())
        assert files == [f for f in english if f.startswith(("content/", "seeds/", "pages/"))], name
        for relative in files:
            if relative.endswith(".yaml"):
                ours, theirs = ((root / relative).read_text(encoding="utf-8") for root in (STARTER, TRANSLATED / name))
                assert ours.splitlines()[0] == theirs.splitlines()[0]  # the schema it names
                assert facts(yamlsource.parse(theirs)) == facts(yamlsource.parse(ours)), (name, relative)


def test_a_translated_starter_shows_no_english_word_the_editor_wrote(tmp_path):
    """Free-text fields ('type: agreement', 'topics: [water]') are shown as written, and the
    translations keep every field but the words above the same: the starter writes only
    types the brief's labels have words for ('dialogue' is 'dialogue' in French, 'agency'
    'agence'), and no topics."""
    folder, _ = started(tmp_path, "fr")
    page = (folder / "site" / "agreements" / "long-river-water-agreement" / "index.html").read_text(encoding="utf-8")
    shown = re.sub(r"<[^>]*>", " ", page.split("<body", 1)[1])
    assert "Accord sur les eaux du fleuve Long" in shown and "agreement" not in shown and "water" not in shown
    for path in STARTER.rglob("content/*.yaml"):
        for record in yamlsource.parse(path.read_text(encoding="utf-8")):
            assert "topics" not in record, path
            if "type" in record and not path.name.startswith(("countries", "figures")):
                key = "type_" + record["type"].replace("-", "_")
                assert key in labels.english(), (path, key)  # so each catalogue has its word for it


def test_a_folder_the_system_cannot_make_is_said_in_words_not_as_an_errno(tmp_path, capsys):
    (tmp_path / "a-file").write_text("mine", encoding="utf-8")
    assert main(["init", str(tmp_path / "a-file" / "brief")]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"error: cannot make {tmp_path / 'a-file' / 'brief'}: Not a directory\n")
    assert "Errno" not in error
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("language, note", [
    ("sw", "briefgen has no words in Swahili (sw): the example is in English, and so are the site's labels, "
           "written into briefgen.toml's [labels] to translate"),
    ("uz-Cyrl", "briefgen has no words in Uzbek (uz-Cyrl): the example is in English, and so are the site's "
                "labels, written into briefgen.toml's [labels] to translate"),
    ("fr", None), ("en-GB", None),
])
def test_init_says_when_the_brief_starts_in_english_for_want_of_its_language(tmp_path, language, note):
    """`briefgen init brief --language sw` said only "created a brief with 22 files", and the site it
    then served was in English throughout, which the editor learnt only from briefgen.toml's comments."""
    done = briefgen("init", "brief", "--language", language, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("created a brief with ") and lines[-1].startswith("next: cd brief && ")
    assert lines[1:-1] == ([note] if note else [])


@pytest.mark.parametrize("language", sorted(SUMMIT_CLAIM))
def test_the_starter_summit_gives_the_status_its_quote_states(tmp_path, language):
    """A new brief's site showed "Status not reported" for every event, the summit too, though its quote
    ("the leaders … met at a summit") says it was held and `check --coverage` said so: the starter, the
    one example an editor copies, never showed the sourced status. Its summit is now held, in each
    language by the quote it cites, and listed so."""
    folder, _ = started(tmp_path, language)
    events = (folder / "site" / "events" / "index.html").read_text(encoding="utf-8")
    held = escape(labels.table(language)["status_held"])
    assert re.search(rf'href="long-river-summit-2026/">.*?<span class="status status-held">{re.escape(held)}</span>',
                     events)
