#!/usr/bin/env python3
"""Replays a terminal session's output bytes in an emulated terminal (pyte) that draws East
Asian *ambiguous* characters two columns wide, as PuTTY and Xshell do with "CJK ambiguous
characters as wide" on, or one column (narrow). tmux cannot draw them wide, so this is how a
test sees what such a terminal would show.

    termreplay.py LOG COLS ROWS wide|narrow [--screen OUT.txt]

Fails (exit 1) when any character was drawn past the right edge (the row would wrap), or a
dialog frame on the final screen is broken (its corners and sides out of line). Prints the
final screen.
"""
import sys
import unicodedata

import pyte
import pyte.screens
from wcwidth import wcwidth as base_width


def make_width(wide):
    def width(char):
        w = base_width(char)
        if wide and w == 1 and unicodedata.east_asian_width(char) == "A":
            return 2
        return w
    return width


class CheckedScreen(pyte.Screen):
    """A screen that notes every character drawn where it does not fit."""
    overflows = []

    def draw(self, data):
        for char in data.translate(self.g1_charset if self.charset else self.g0_charset):
            w = pyte.screens.wcwidth(char)
            if w > 0 and self.cursor.x + w > self.columns:
                self.overflows.append((self.cursor.y, self.cursor.x, char))
            super().draw(char)


def rows(screen):
    out = []
    for y in range(screen.lines):
        line = screen.buffer[y]
        out.append("".join(line[x].data for x in range(screen.columns)).rstrip())
    return out


def cell(screen, y, x):
    return screen.buffer[y][x].data


def frames(screen):
    """Every box on the screen: (top, bottom, left, right) from its corners."""
    found = []
    corners = {"+", "┌"}
    for top in range(screen.lines):
        for left in range(screen.columns):
            if cell(screen, top, left) not in corners:
                continue
            right = next((x for x in range(left + 2, screen.columns) if cell(screen, top, x) in ("+", "┐")), None)
            if right is None or cell(screen, top, left + 1) not in ("-", "─"):
                continue
            bottom = next((y for y in range(top + 1, screen.lines) if cell(screen, y, left) in ("+", "└")), None)
            if bottom is not None:
                found.append((top, bottom, left, right))
    return found


def broken(screen, box):
    top, bottom, left, right = box
    problems = []
    if cell(screen, bottom, right) not in ("+", "┘"):
        problems.append("bottom-right corner not under the top-right one (col %d)" % right)
    for y in range(top + 1, bottom):
        for x in (left, right):
            if cell(screen, y, x) not in ("|", "│"):
                problems.append("row %d: no side at col %d" % (y, x))
    return problems


def main():
    log, cols, lines, mode = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    pyte.screens.wcwidth = make_width(mode == "wide")
    screen = CheckedScreen(cols, lines)
    stream = pyte.ByteStream(screen)
    with open(log, "rb") as f:
        stream.feed(f.read())
    text = rows(screen)
    print("\n".join(text))
    if "--screen" in sys.argv:
        with open(sys.argv[sys.argv.index("--screen") + 1], "w") as f:
            f.write("\n".join(text) + "\n")
    failed = False
    for y, x, char in screen.overflows[:10]:
        print("OVERFLOW row %d col %d: %r would wrap" % (y, x, char))
        failed = True
    for box in frames(screen):
        for problem in broken(screen, box):
            print("FRAME %s: %s" % (box, problem))
            failed = True
    print("frames checked: %d, characters past the edge: %d" % (len(frames(screen)), len(screen.overflows)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
