"""End-to-end: colour themes in a real terminal (tmux). `capture-pane -e` shows the SGR sequences
tmux stored for each cell (tmux keeps 24-bit colour in its grid whatever the outer terminal can
do), so the tests check the exact colours hearsay sent at each colour depth."""
import json
import os
import re
import shutil
import subprocess
import tempfile
import tomllib

import pytest

from tmux_pane import BINARY, REPOSITORY, tmux

THEMES = os.path.join(REPOSITORY, "themes")


def default_theme():
    with open(os.path.join(THEMES, "default.toml"), "rb") as handle:
        return tomllib.load(handle)


def rgb(hex_colour):
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def cube_index(hex_colour):
    """The xterm palette index of a colour that is exactly on the 6x6x6 cube."""
    levels = [0, 95, 135, 175, 215, 255]
    red, green, blue = (levels.index(c) for c in rgb(hex_colour))
    return 16 + 36 * red + 6 * green + blue


def parse_sgr(captured):
    """Rows of (character, style) from `capture-pane -e` output; a style is a dict with fg, bg
    (the SGR parameters as text, e.g. "38;2;1;2;3", "38;5;74", "31") and a set of attributes."""
    rows = []
    state = {"fg": None, "bg": None, "attrs": set()}
    for line in captured.rstrip("\n").split("\n"):
        cells = []
        position = 0
        while position < len(line):
            match = re.match(r"\x1b\[([0-9;:]*)m", line[position:])
            if match:
                apply_sgr(state, match.group(1))
                position += match.end()
                continue
            if line[position] == "\x1b":  # another escape (none expected): skip it whole
                other = re.match(r"\x1b\[[0-9;?]*[A-Za-z]", line[position:])
                position += other.end() if other else 1
                continue
            cells.append((line[position], {"fg": state["fg"], "bg": state["bg"], "attrs": set(state["attrs"])}))
            position += 1
        rows.append(cells)
    return rows


ATTRIBUTES = {"1": "bold", "2": "dim", "3": "italic", "4": "underline", "7": "reverse"}
RESETS = {"22": ("bold", "dim"), "23": ("italic",), "24": ("underline",), "27": ("reverse",)}


def apply_sgr(state, parameters):
    codes = [code for code in re.split(r"[;:]", parameters)] if parameters else ["0"]
    index = 0
    while index < len(codes):
        code = codes[index] or "0"
        if code == "0":
            state.update(fg=None, bg=None, attrs=set())
        elif code in ATTRIBUTES:
            state["attrs"].add(ATTRIBUTES[code])
        elif code in RESETS:
            state["attrs"].difference_update(RESETS[code])
        elif code in ("38", "48"):
            key = "fg" if code == "38" else "bg"
            if codes[index + 1] == "5":
                state[key] = ";".join(codes[index:index + 3])
                index += 2
            else:
                state[key] = ";".join(codes[index:index + 5])
                index += 4
        elif code == "39":
            state["fg"] = None
        elif code == "49":
            state["bg"] = None
        elif 30 <= int(code) <= 37 or 90 <= int(code) <= 97:
            state["fg"] = code
        elif 40 <= int(code) <= 47 or 100 <= int(code) <= 107:
            state["bg"] = code
        index += 1


def style_of(rows, needle):
    """The style of the first character of `needle` on screen, and its row."""
    for number, cells in enumerate(rows):
        text = "".join(character for character, _ in cells)
        found = text.find(needle)
        if found >= 0:
            return cells[found][1], number
    raise AssertionError(f"{needle!r} is not on screen:\n" + "\n".join("".join(c for c, _ in r) for r in rows))


def assert_no_colour(captured):
    """No SGR parameter sets a colour (30-38, 40-48, 90-107); 39/49 only reset to the default."""
    for parameters in re.findall(r"\x1b\[([0-9;:]*)m", captured):
        for code in re.split(r"[;:]", parameters):
            assert not code or int(code) < 30 or int(code) in (39, 49), f"colour code {code}: {parameters!r}"


def capture_styles(pane):
    return tmux("capture-pane", "-p", "-e", "-N", "-t", pane.name)


def status_line(screen):
    return screen.rstrip("\n").split("\n")[-1]


@pytest.fixture
def config_home():
    folder = tempfile.mkdtemp(prefix="hearsay-themes-e2e-")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def open_dialogue(pane, title_part):
    """Opens the dialogue view of the article whose title contains `title_part`."""
    for _ in range(8):
        pane.send("Enter")
        screen = pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader")
        if title_part in screen.split("\n")[0]:
            pane.send("d")
            return pane.wait_for(lambda s: " Dialogue · " in status_line(s), "the dialogue view")
        pane.send("q")
        pane.wait_for(lambda s: " List · " in status_line(s), "the list")
        pane.send("j")
    raise AssertionError(f"no article titled {title_part!r} in the list")


def speaker_styles(pane):
    """The style of each speaker name at the start of a dialogue turn on screen."""
    captured = capture_styles(pane)
    rows = parse_sgr(captured)
    plain = ["".join(character for character, _ in row) for row in rows]
    styles = {}
    for number, text in enumerate(plain):
        match = re.match(r"^ [> ] ([A-Z][A-Za-z ]+):", text)
        if match and match.group(1) not in styles:
            styles[match.group(1)] = rows[number][match.start(1)][1]
    return styles, captured


SPEAKERS = default_theme()["speakers"]["colors"]
SELECTED = default_theme()["list_selected"]
# The default theme's speaker colours at 8 colours: the nearest ANSI colour of each by CIEDE2000
# (ResolvedThemeTests), in the theme's order.
SPEAKERS_AT_8 = [1, 2, 3, 6, 5, 6, 7, 5, 3, 7]


def resolved_palette(codes):
    """A speaker palette as hearsay resolves it: colours that became the same are kept once."""
    return list(dict.fromkeys(codes))


def speaker_id(name):
    return " ".join(name.split()).lower()


def speaker_slots(names, slot_count):
    """SpeakerColorAssignment, as documented in themes/README.md: each id's FNV-1a hash picks a
    preferred slot; speakers claim slots in article order and a taken one probes to the next."""
    slots, taken = {}, set()
    for name in names:
        if len(taken) == slot_count:
            taken.clear()
        hashed = 2166136261
        for byte in speaker_id(name).encode():
            hashed = ((hashed ^ byte) * 16777619) & 0xFFFFFFFF
        slot = hashed % slot_count
        while slot in taken:
            slot = (slot + 1) % slot_count
        taken.add(slot)
        slots[name] = slot
    return slots


def article_speakers(seeds, title_part):
    listing = json.loads(subprocess.run([BINARY, "list", seeds, "--json"], check=True, capture_output=True, text=True).stdout)
    return next(article["speakers"] for article in listing if title_part in article["title"])


def run_and_check(pane, seeds, config_home, environment, selected_fg, selected_bg, selected_attrs, speaker_palette):
    """`speaker_palette`: the SGR foreground of each resolved speaker slot (None: no colour)."""
    pane.start(seeds, environment=f"XDG_CONFIG_HOME={config_home} {environment}")
    pane.wait_for(lambda s: " List · 1/5" in s, "the list")
    rows = parse_sgr(capture_styles(pane))
    first_title = "".join(c for c, _ in rows[1]).strip()[:3]
    style, row = style_of(rows, first_title)
    assert row == 1, f"the selected title is on row {row}"
    assert (style["fg"], style["bg"]) == (selected_fg, selected_bg), style
    assert selected_attrs <= style["attrs"], style

    open_dialogue(pane, "AI风暴来袭")
    pane.wait_for("Caroline Hyde", "a speaker name")
    styles, captured = speaker_styles(pane)
    assert "Caroline Hyde" in styles, styles
    slots = speaker_slots(article_speakers(seeds, "AI风暴来袭"), len(speaker_palette))
    # The first speaker has her preferred slot: FNV-1a("caroline hyde") mod the palette size.
    assert list(slots)[0] == "Caroline Hyde"
    for name, style in styles.items():
        expected = {"fg": speaker_palette[slots[name]], "bg": None, "attrs": {"bold"}}
        assert style == expected, f"{name} (slot {slots[name]}): {style}"
    pane.send("q", "q", "q")
    pane.wait_for("EXIT=0", "a clean exit")
    return captured


def test_truecolor(pane, seeds, config_home):
    # ncurses sends 38;2 only through a direct-colour description (ncurses-term; .ci/end-to-end installs it).
    found = subprocess.run(["infocmp", "xterm-direct256"], capture_output=True).returncode == 0
    assert found, "terminfo xterm-direct256 is missing: apt-get install ncurses-term"
    run_and_check(
        pane, seeds, config_home, "COLORTERM=truecolor",
        selected_fg="38;2;%d;%d;%d" % rgb(SELECTED["fg"]), selected_bg="48;2;%d;%d;%d" % rgb(SELECTED["bg"]),
        selected_attrs={"bold"}, speaker_palette=["38;2;%d;%d;%d" % rgb(c) for c in SPEAKERS])


def test_256_colours_without_colorterm(pane, seeds, config_home):
    captured = run_and_check(
        pane, seeds, config_home, "TERM=xterm-256color",
        # #1c1c1c is grey-ramp 234, #5fafd7 cube 74; the speaker colours are all cube colours.
        selected_fg="38;5;234", selected_bg="48;5;74", selected_attrs={"bold"},
        speaker_palette=[f"38;5;{cube_index(c)}" for c in SPEAKERS])
    assert "38;2;" not in captured and "48;2;" not in captured


def test_8_colours_with_term_xterm(pane, seeds, config_home):
    captured = run_and_check(
        pane, seeds, config_home, "TERM=xterm",
        # Nearest of the 8 ANSI colours by CIEDE2000 (see ColorMappingTests): black on cyan; the
        # ten speaker colours merge into red, green, yellow, cyan, magenta, white.
        selected_fg="30", selected_bg="46", selected_attrs={"bold"},
        speaker_palette=resolved_palette([str(30 + code) for code in SPEAKERS_AT_8]))
    assert not re.search(r"\x1b\[[0-9;]*(38|48)[;:]", captured)
    assert not re.search(r"\x1b\[(9\d|10\d)m", captured)
    # Nothing dim white (`2;37`, invisible on a white terminal): grey text is the terminal's own colour.
    dim_white = [c for row in parse_sgr(captured) for c, style in row if style["fg"] == "37" and "dim" in style["attrs"]]
    assert not dim_white, "".join(dim_white)


def test_no_color(pane, seeds, config_home):
    captured = run_and_check(
        pane, seeds, config_home, "COLORTERM=truecolor NO_COLOR=1",
        selected_fg=None, selected_bg=None, selected_attrs={"reverse", "bold"},
        # Without colour every speaker's style is the same: one slot, bold.
        speaker_palette=[None])
    assert_no_colour(captured)


def test_color_never_overrides_colorterm(pane, seeds, config_home):
    pane.start(seeds + " --color=never", environment=f"XDG_CONFIG_HOME={config_home} COLORTERM=truecolor")
    pane.wait_for(lambda s: " List · 1/5" in s, "the list")
    captured = capture_styles(pane)
    assert_no_colour(captured)
    rows = parse_sgr(captured)
    assert {"reverse", "bold"} <= rows[1][1][1]["attrs"]
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")


def test_t_cycles_themes_and_the_choice_is_remembered(pane, seeds, config_home):
    pane.start(seeds, environment=f"XDG_CONFIG_HOME={config_home} COLORTERM=truecolor")
    pane.wait_for(lambda s: " List · 1/5" in s, "the list")
    pane.send("t")
    pane.wait_for(lambda s: "Theme: light (2/5)" in status_line(s), "the status bar to name the theme")
    rows = parse_sgr(capture_styles(pane))
    assert rows[1][1][1]["bg"] == "48;2;0;95;175", rows[1][1][1]  # light's list_selected
    # light paints the page: the next entry's metadata (not selected) is on white.
    assert rows[4][5][1]["bg"] == "48;2;255;255;255", rows[4][5][1]
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")
    with open(os.path.join(config_home, "hearsay", "config.toml")) as handle:
        assert tomllib.loads(handle.read()) == {"theme": "light"}

    pane.start(seeds, environment=f"XDG_CONFIG_HOME={config_home} COLORTERM=truecolor")
    pane.wait_for(lambda s: " List · 1/5" in s, "the list again")
    rows = parse_sgr(capture_styles(pane))
    assert rows[1][1][1]["bg"] == "48;2;0;95;175", "the remembered theme is used at start-up"
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")


@pytest.mark.parametrize("name, text, status, stderr", [
    ("syntax.toml", 'name = "x"\ntitle = { fg = "red"\n', "Bad theme syntax.toml:2 TOML syntax error",
     "syntax.toml: line 2, column"),
    ("role.toml", 'name = "x"\n\ntitel = { fg = "red" }\n', "Bad theme role.toml:3 titel: unknown role",
     "role.toml: line 3: titel: unknown role; known roles: screen,"),
    ("colour.toml", 'name = "x"\n[link]\nfg = "#12345"\n', 'Bad theme colour.toml:3 link.fg: bad colour "#12345"',
     'colour.toml: line 3: link.fg: bad colour "#12345": expected'),
])
def test_a_bad_theme_is_reported_and_the_ui_starts_with_the_default(pane, seeds, config_home, name, text, status, stderr):
    path = os.path.join(config_home, name)
    with open(path, "w") as handle:
        handle.write(text)
    pane.start(f"{seeds} --theme {path}", environment=f"XDG_CONFIG_HOME={config_home} COLORTERM=truecolor")
    screen = pane.wait_for(lambda s: " List · 1/5" in s, "the list")
    assert status in status_line(screen), status_line(screen)
    rows = parse_sgr(capture_styles(pane))
    assert rows[1][1][1]["bg"] == "48;2;%d;%d;%d" % rgb(SELECTED["bg"]), "the default theme is used"
    pane.send("j")  # the note goes with the next key
    pane.wait_for(lambda s: status not in status_line(s), "the note to go")
    pane.send("q")
    screen = pane.wait_for("EXIT=0", "a clean exit")
    # The full message went to stderr before the screen was taken over, and is there again after.
    assert stderr in screen.replace("\n", ""), screen


def test_unknown_theme_name_and_broken_config(pane, seeds, config_home):
    pane.start(f"{seeds} --theme nosuch", environment=f"XDG_CONFIG_HOME={config_home}")
    screen = pane.wait_for(lambda s: " List · 1/5" in s, "the list")
    assert "Unknown theme 'nosuch' (default used)" in status_line(screen)
    pane.send("q")
    screen = pane.wait_for("EXIT=0", "a clean exit")
    assert "unknown theme 'nosuch'; known: default, light, high-contrast, solarized-dark, monochrome" in screen.replace("\n", "")

    os.makedirs(os.path.join(config_home, "hearsay"))
    with open(os.path.join(config_home, "hearsay", "config.toml"), "w") as handle:
        handle.write("theme = light\n")
    pane.start(seeds, environment=f"XDG_CONFIG_HOME={config_home}")
    screen = pane.wait_for(lambda s: " List · 1/5" in s, "the list")
    assert "Bad config config.toml:1 TOML syntax error" in status_line(screen), status_line(screen)
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")


def test_broken_user_themes_are_reported_and_the_ui_starts(pane, seeds, config_home):
    # In the user themes folder, not passed with --theme: `t` leaves them out, so they must be reported.
    themes = os.path.join(config_home, "hearsay", "themes")
    os.makedirs(themes)
    with open(os.path.join(themes, "a-syntax.toml"), "w") as handle:
        handle.write('name = "a"\ntitle = { fg = "red"\n')
    with open(os.path.join(themes, "b-colour.toml"), "w") as handle:
        handle.write('name = "b"\n[link]\nfg = "#+12345"\n')
    pane.start(seeds, environment=f"XDG_CONFIG_HOME={config_home} COLORTERM=truecolor")
    screen = pane.wait_for(lambda s: " List · 1/5" in s, "the list")
    assert "Bad theme a-syntax.toml:2 TOML syntax error (+1 more)" in status_line(screen), status_line(screen)
    rows = parse_sgr(capture_styles(pane))
    assert rows[1][1][1]["bg"] == "48;2;%d;%d;%d" % rgb(SELECTED["bg"]), "the default theme is used"
    pane.send("t")
    pane.wait_for(lambda s: "Theme: light (2/5) · 2 broken left out: hearsay themes" in status_line(s),
                  "t to cycle the five usable themes, saying two were left out")
    pane.send("q")
    screen = pane.wait_for("EXIT=0", "a clean exit").replace("\n", "")
    # Both in full on stderr, with file, line, key and what is wrong.
    assert f"hearsay: theme: {themes}/a-syntax.toml: line 2, column" in screen, screen
    assert (f'hearsay: theme: {themes}/b-colour.toml: line 3: link.fg: bad colour "#+12345": expected "#rrggbb"'
            in screen), screen
    assert screen.count("(left out of the themes `t` cycles through)") == 2, screen


def test_a_theme_given_by_relative_path_is_remembered_by_its_absolute_path(pane, seeds, config_home):
    folder = os.path.join(config_home, "work")
    os.makedirs(os.path.join(folder, "sub"))
    with open(os.path.join(folder, "mine.toml"), "w") as handle:
        handle.write('name = "mine"\nlist_selected = { fg = "#101010", bg = "#af00af" }\n')
    mine_selected = "48;2;175;0;175"
    pane.type_line(f"cd {folder}")
    pane.start(f"{seeds} --theme sub/../mine.toml", environment=f"XDG_CONFIG_HOME={config_home} COLORTERM=truecolor")
    pane.wait_for(lambda s: " List · 1/5" in s, "the list")
    assert parse_sgr(capture_styles(pane))[1][1][1]["bg"] == mine_selected
    # Round the six themes back to mine: choosing it saves it.
    pane.send("t", "t", "t", "t", "t", "t")
    pane.wait_for(lambda s: "Theme: mine (6/6)" in status_line(s), "mine again")
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")
    with open(os.path.join(config_home, "hearsay", "config.toml")) as handle:
        assert tomllib.loads(handle.read()) == {"theme": os.path.join(folder, "mine.toml")}

    pane.type_line("cd /")
    pane.start(seeds, environment=f"XDG_CONFIG_HOME={config_home} COLORTERM=truecolor")
    screen = pane.wait_for(lambda s: " List · 1/5" in s, "the list from another directory")
    assert "Bad" not in status_line(screen), status_line(screen)
    assert parse_sgr(capture_styles(pane))[1][1][1]["bg"] == mine_selected, "the remembered theme is found"
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")
