#!/usr/bin/env python3
# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Render resources/icons/switchboard.svg into the Windows .ico and the macOS .icns.

Both formats hold PNG images as they are (ICO since Windows Vista, ICNS since macOS 10.7), so the
PNGs rsvg-convert renders are packed without any image library. Windows and macOS build machines
have no rsvg-convert, so the results are committed: run this again after changing the SVG.
    packaging/make-platform-icons.py   (needs rsvg-convert, package librsvg2-bin)
"""
import pathlib
import struct
import subprocess

root = pathlib.Path(__file__).resolve().parent.parent
svg = root / "resources/icons/switchboard.svg"


def png(size):
    return subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(svg)],
                          check=True, capture_output=True).stdout


def ico(sizes):
    images = [png(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in zip(sizes, images):
        # A width or height of 0 means 256.
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(images)


def icns(types):
    chunks = b"".join(t.encode() + struct.pack(">I", 8 + len(d)) + d
                      for t, d in ((t, png(s)) for t, s in types))
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


(root / "packaging/windows/switchboard.ico").write_bytes(ico([16, 24, 32, 48, 64, 256]))
(root / "packaging/macos/switchboard.icns").write_bytes(icns([
    ("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
    ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]))
