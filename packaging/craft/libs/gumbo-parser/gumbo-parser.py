# The HTML5 parser under Kontor's message sanitizer: the maintained continuation of Google's gumbo, the version
# Debian 13 ships. Craft does not have it.
import info
from Package.MesonPackageBase import MesonPackageBase


class subinfo(info.infoclass):
    def setTargets(self):
        self.svnTargets["0.13.0"] = "https://codeberg.org/gumbo-parser/gumbo-parser.git||0.13.0"
        self.defaultTarget = "0.13.0"
        self.description = "An HTML5 parsing library in pure C99"
        self.webpage = "https://codeberg.org/gumbo-parser/gumbo-parser"

    def setDependencies(self):
        self.buildDependencies["virtual/base"] = None
        self.buildDependencies["python-modules/meson"] = None


class Package(MesonPackageBase):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
