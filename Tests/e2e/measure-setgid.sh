#!/usr/bin/env bash
# The setgid start-up cost: the same program as an officer, setgid on the shared ledger (as
# scripts/install-server sets it up) and plain on a personal copy; CPU (user+sys, /usr/bin/time,
# 10 ms resolution) and wall medians of 30 runs each. Run as root (it makes an account and a group).
#   bash Tests/e2e/measure-setgid.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
src="$(swift build --show-bin-path)/taizhang"
tag=tzm$$; group=${tag}svc; user=${tag}li; base=/tmp/$tag
trap 'userdel $user 2>/dev/null; groupdel $group 2>/dev/null; rm -rf $base' EXIT
useradd -M -N -g users -s /bin/sh $user
scripts/install-server --prefix $base/prefix --dir $base/ledger --group $group --binary "$src" >/dev/null 2>&1
mkdir -p $base/plain && cp "$src" $base/plain/taizhang && chmod 755 $base/plain/taizhang
cp -r seeds $base/seeds; chmod -R a+rX $base/seeds $base/plain; chmod a+rx $base
runuser -u $user -- env -i LANG=C.UTF-8 $base/prefix/bin/taizhang import $base/seeds/*.txt >/dev/null || echo IMPORT FAILED
mkdir $base/personal; cp $base/ledger/ledger.json $base/ledger/ledger.json.journal $base/personal/; chown -R $user $base/personal
time_runs() { # label cmd...   CPU time (user+sys), which load disturbs less than wall time
  local f=$(mktemp)
  for i in $(seq 1 30); do /usr/bin/time -a -o $f -f "%U %S %e" "$@" >/dev/null 2>&1; done
  local cpu=$(awk '{print ($1+$2)*1000}' $f | sort -n | awk '{a[NR]=$1} END {printf "%.0f (min %.0f)", a[int((NR+1)/2)], a[1]}')
  local wall=$(awk '{print $3*1000}' $f | sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]}')
  echo "$LABEL: CPU median $cpu ms, wall median $wall ms (n=30)"
  rm -f $f
}
LABEL="setgid, shared ledger" time_runs runuser -u $user -- env -i LANG=C.UTF-8 $base/prefix/bin/taizhang list --unit 区市场监管局
LABEL="plain, personal copy " time_runs runuser -u $user -- env -i LANG=C.UTF-8 TAIZHANG_STORE=$base/personal/ledger.json $base/plain/taizhang list --unit 区市场监管局
LABEL="setgid --version     " time_runs runuser -u $user -- env -i LANG=C.UTF-8 $base/prefix/bin/taizhang --version
LABEL="plain --version      " time_runs runuser -u $user -- env -i LANG=C.UTF-8 $base/plain/taizhang --version
