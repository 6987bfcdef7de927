# Installs what a script needs on a fresh Debian machine, or says clearly what is missing.
# Source it, then call: ensure_swift; ensure_debs PKG...

ensure_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        if [ -x /opt/swift/usr/bin/swift ]; then
            export PATH="/opt/swift/usr/bin:$PATH"
        else
            echo "taizhang: Swift 6 is not installed (swift not on PATH)." >&2
            echo "  Install a Swift 6.x toolchain for Debian 12 from https://www.swift.org/install/ and put its usr/bin on PATH." >&2
            exit 1
        fi
    fi
}

# ensure_debs pkg... : installs missing Debian packages with apt-get when root.
ensure_debs() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "taizhang: installing ${missing[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        if [ -z "${TAIZHANG_APT_UPDATED:-}" ]; then
            apt-get update -qq </dev/null >/dev/null || apt-get update </dev/null
            export TAIZHANG_APT_UPDATED=1
        fi
        apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null \
            || apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
    else
        echo "taizhang: missing Debian packages: ${missing[*]}" >&2
        echo "  Run as root: apt-get install ${missing[*]}" >&2
        exit 1
    fi
}

# ensure_pip module package : installs a Python package from PyPI when the module is missing.
ensure_pip() {
    local module="$1" package="$2"
    python3 -c "import $module" 2>/dev/null && return 0
    if python3 -m pip install -q "$package" </dev/null 2>/dev/null || python3 -m pip install -q --user "$package" </dev/null; then
        return 0
    fi
    echo "taizhang: the Python package $package is missing; install it with: python3 -m pip install $package" >&2
    exit 1
}
