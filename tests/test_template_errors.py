"""A broken template is a diagnostic at its file and line, exit 1, no
traceback, and the previous site stays."""
import pytest

from briefgen.cli import main

CASES = {
    "syntax": ("templates/event.html", '{% extends "briefgen/event.html" %}\n{% block main %}\n{% if page %}\n{% endblock %}\n',
               "templates/event.html:4:1: error: template syntax error: Encountered unknown tag 'endblock'. "
               "You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for "
               "'elif' or 'else' or 'endif'. The innermost block that needs to be closed is 'if'."),
    "undefined": ("templates/base.html", '{% extends "briefgen/base.html" %}\n{% block footer %}\n'
                  "{{ page.editor.name }}\n{% endblock %}\n",
                  "templates/base.html:3:1: error: template error: 'dict object' has no attribute 'editor'"),
    "missing": ("templates/event.html", '{% extends "briefgen/event.html" %}\n{% block main %}\n'
                '{% include "sidebar.html" %}\n{% endblock %}\n',
                "templates/event.html:3:1: error: template not found: sidebar.html"),
    # Templates are sandboxed: a brief someone shares cannot run Python on the editor's machine.
    "unsafe": ("templates/base.html", '{% extends "briefgen/base.html" %}\n{% block footer %}\n'
               "{{ cycler.__init__.__globals__.os.popen('touch pwned').read() }}\n{% endblock %}\n",
               "templates/base.html:3:1: error: template error: access to attribute '__init__' of "
               "'type' object is unsafe"),
    # Nor fill its memory: a value of any size is refused before it is made.
    "huge text": ("templates/base.html", '{% extends "briefgen/base.html" %}\n{% block footer %}\n'
                  '{{ "a" * 10**10 }}\n{% endblock %}\n',
                  "templates/base.html:3:1: error: template error: '*' would make a value of 10,000,000,000 items, "
                  "more than the 10,000,000 a template may"),
    "huge number": ("templates/base.html", '{% extends "briefgen/base.html" %}\n{% block footer %}\n'
                    "{{ 10 ** 100000 }}\n{% endblock %}\n",
                    "templates/base.html:3:1: error: template error: '**' would make a number of about "
                    "400,000 bits, more than the 65,536 a template may"),
    "division": ("templates/base.html", '{% extends "briefgen/base.html" %}\n{% block footer %}\n'
                 "{{ 1 / 0 }}\n{% endblock %}\n",
                 "templates/base.html:3:1: error: template error: division by zero"),
    "extends itself": ("templates/event.html", '{% extends "event.html" %}\n',
                       "templates/event.html:1:1: error: template error: the template extends, includes or calls itself "
                       "without end"),
    "endless macro": ("templates/base.html", '{% extends "briefgen/base.html" %}\n{% block footer %}\n'
                      "{% macro again(n) %}{{ again(n + 1) }}{% endmacro %}\n{{ again(1) }}\n{% endblock %}\n",
                      "templates/base.html:3:1: error: template error: the template extends, includes or calls itself "
                      "without end"),
    # The stack runs out in a built-in template the loop passes through (record.html's macros): the
    # include that starts it again is the place, not that macro nor an internal error.
    "includes itself": ("templates/event.html", '{% extends "briefgen/event.html" %}\n{% block main %}\n'
                        '{{ super() }}\n{% include "event.html" %}\n{% endblock %}\n',
                        "templates/event.html:4:1: error: template error: the template extends, includes or calls "
                        "itself without end"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_broken_template_is_a_located_diagnostic(make_project, capsys, case):
    path, text, expected = CASES[case]
    root = make_project({})
    assert main(["build", "--root", str(root)]) == 0
    before = (root / "site" / "index.html").read_bytes()
    capsys.readouterr()
    (root / path).parent.mkdir(exist_ok=True)
    (root / path).write_text(text, encoding="utf-8")
    assert main(["build", "--root", str(root)]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert err.splitlines()[0] == expected
    assert err.splitlines()[1].startswith("    hint: ")
    assert out.startswith("failed: 1 error")
    assert (root / "site" / "index.html").read_bytes() == before
    assert not (root / "pwned").exists()


@pytest.mark.parametrize("case", CASES)
def test_check_reports_a_template_that_does_not_parse_and_leaves_the_rest_to_build(make_project, capsys, case):
    """check renders no page: of these, it can find only what compiling the
    template finds, and says it as build does."""
    path, text, expected = CASES[case]
    root = make_project({path: text})
    capsys.readouterr()
    code = main(["check", "--root", str(root)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    if case == "syntax":
        assert code == 1 and err.splitlines()[0] == expected
    else:
        assert code == 0 and "template" not in err


def test_check_passes_over_what_is_no_template_in_templates(make_project, capsys):
    """An editor's swap file and a file of another kind beside the templates are
    read by no page: check does not compile them, nor fail on their bytes."""
    root = make_project({})
    (root / "templates").mkdir()
    (root / "templates" / ".event.html.swp").write_bytes(b"\x00\xff\xfe swap")
    (root / "templates" / "logo-notes.bin").write_bytes(b"x\xff")
    (root / "templates" / "event.html~").write_text("{% if %}", encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "--root", str(root)]) == 0
    _, err = capsys.readouterr()
    assert "error" not in err and "Traceback" not in err


@pytest.mark.parametrize("line, expected", [
    ("{{ page.title|shout }}", "templates/base.html:3:1: error: template syntax error: No filter named 'shout'."),
    # Jinja looks up a test in an `if` only when it renders it.
    ("{% if page.title is shouty %}!{% endif %}", "templates/base.html:3:1: error: template error: No test named "
                                                  "'shouty' found."),
])
def test_an_unknown_filter_or_test_is_named_with_a_hint_about_names_not_tags(make_project, capsys, line, expected):
    """The hint of a misspelt filter sent the designer to check the {% %} and {{ }} tags, which were right."""
    root = make_project({"templates/base.html": '{% extends "briefgen/base.html" %}\n{% block footer %}\n'
                                                f"{line}\n{{% endblock %}}\n"})
    capsys.readouterr()
    assert main(["build", "--root", str(root)]) == 1
    _, err = capsys.readouterr()
    assert err.splitlines()[:2] == [expected, "    hint: a template may use Jinja's built-in filters and tests and "
                                              "briefgen's `plural` and `counted`; check the name's spelling"]
