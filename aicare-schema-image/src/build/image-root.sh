#!/usr/bin/env bash
# Builds the file tree that the image adds to "scratch": a Java runtime trimmed by jlink to the
# modules the CLI uses, the shared libraries that runtime loads (taken from this build machine, so
# the image's glibc is the one jlink's binaries were linked against), and the few /etc files a
# JVM and pgjdbc read. Jib then adds the CLI's jars on top, layer by layer.
#
# usage: image-root.sh OUTPUT_DIR UID
set -euo pipefail
out=$1
uid=$2

java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
jlink=$java_home/bin/jlink
[[ -x $jlink ]] || { echo "image-root.sh: no jlink in $java_home (set JAVA_HOME to a JDK)" >&2; exit 1; }

# The modules the CLI's classpath needs, from jdeps over the shaded jar (java.desktop is
# java.beans, which Hibernate's reflection uses; jdk.crypto.ec gives TLS to the database its
# elliptic curves; jdk.zipfs reads the jars of a classpath given as a directory).
modules=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.rmi,java.scripting,java.security.jgss,java.sql,java.xml,jdk.unsupported,jdk.crypto.ec,jdk.zipfs

rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/tmp" "$out/work"
"$jlink" --add-modules "$modules" --output "$out/opt/java" \
    --strip-debug --no-header-files --no-man-pages --compress=2 --dedup-legal-notices=error-if-not-same-content

# java.desktop brings AWT, sound and font libraries that a command-line tool never loads and
# that would pull X11 and ALSA libraries into the image.
rm -f "$out"/opt/java/lib/libawt*.so "$out"/opt/java/lib/libfontmanager.so "$out"/opt/java/lib/libjsound.so \
      "$out"/opt/java/lib/libsplashscreen.so "$out"/opt/java/lib/libjawt.so "$out"/opt/java/lib/liblcms.so \
      "$out"/opt/java/lib/libmlib_image.so "$out"/opt/java/lib/libjavajpeg.so

# Debian's JDK links its CA store to /etc/ssl; the image has no /etc/ssl, so keep the file itself.
if [[ -L $out/opt/java/lib/security/cacerts ]]; then
    cp --remove-destination "$(readlink -f "$out/opt/java/lib/security/cacerts")" "$out/opt/java/lib/security/cacerts"
fi

# Every shared library the runtime's binaries and libraries load, and the dynamic loader.
copy_with_parents() { mkdir -p "$out$(dirname "$1")"; cp -L "$1" "$out$1"; }
# (the runtime's own libraries, found through $ORIGIN, are already in place).
while read -r lib; do
    [[ $lib == "$out"/* ]] || copy_with_parents "$lib"
done < <(find "$out/opt/java" -type f \( -name '*.so' -o -perm -u+x \) -exec ldd {} + 2>/dev/null \
         | awk '/=> \// { print $3 } /^\t\/[^ ]+ \(/ { print $1 }' | sort -u)

# A JVM asks for its user's name and home; pgjdbc reads ~/.postgresql for client certificates.
cat > "$out/etc/passwd" <<PASSWD
root:x:0:0:root:/root:/sbin/nologin
aicare:x:$uid:$uid:aicare schema tool:/work:/sbin/nologin
PASSWD
cat > "$out/etc/group" <<GROUP
root:x:0:
aicare:x:$uid:
GROUP
echo 'hosts: files dns' > "$out/etc/nsswitch.conf"

# Libraries of the name service switch are loaded by name at run time, not linked: ldd misses them.
for nss in /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libresolv.so.2; do
    [[ -e $nss ]] && copy_with_parents "$nss"
done

# The same bytes from the same inputs: jlink writes no time, but the files carry the build's.
find "$out" -exec touch -h -d @0 {} +
