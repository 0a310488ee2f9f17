"""Makes sRGB.icc, the colour profile of the PDF's output intent (PDF/A).

The profile is LittleCMS's built-in sRGB (IEC 61966-2-1), made through Pillow, with its
version set to 4.2 (ICC.1:2004-10, the version PDF/A-2 names). It is data made by a program
from a published standard; its own copyright tag says "No copyright, use freely".

    pip install pillow && python3 assets/icc/make.py
"""

from pathlib import Path

from PIL import ImageCms

profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
profile[8:12] = bytes([4, 0x20, 0, 0])
Path(__file__).with_name("sRGB.icc").write_bytes(bytes(profile))
