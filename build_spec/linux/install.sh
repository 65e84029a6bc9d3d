#!/bin/sh
# Install LayerLab from this folder: a menu entry, an icon, the .layerlab file type and the
# `layerlab` command. Run as root for every user of the machine (/usr/local, /usr/share), or as
# a user (or with --user) for that user only (~/.local). The folder itself stays where it is:
# move it first if you want it elsewhere (/opt/layerlab is a good place), then run install.sh.
#
#   sudo /opt/layerlab/install.sh                # every user of this machine
#   /opt/layerlab/install.sh --user              # only me
#   /opt/layerlab/install.sh --warm-cache        # ...and compile the JIT kernels for me now
#   sudo /opt/layerlab/install.sh --uninstall    # remove what install.sh added (not the folder)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
user=no; uninstall=no; warm=no
for option in "$@"; do
    case $option in
        --user) user=yes ;;
        --uninstall) uninstall=yes ;;
        --warm-cache) warm=yes ;;
        *) echo "install.sh: unknown option $option (use --user, --warm-cache or --uninstall)" >&2; exit 2 ;;
    esac
done
if [ "$(id -u)" = 0 ] && [ $user = no ]; then
    bin=/usr/local/bin; share=/usr/share
else
    bin=$HOME/.local/bin; share=${XDG_DATA_HOME:-$HOME/.local/share}
fi
apps=$share/applications; icons=$share/icons/hicolor/256x256/apps; mime=$share/mime/packages
refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$apps" || true; fi
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$share/mime" || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$share/icons/hicolor" || true; fi
}
if [ $uninstall = yes ]; then
    rm -f "$bin/layerlab" "$apps/layerlab.desktop" "$icons/layerlab.png" "$mime/layerlab.xml"
    refresh
    echo "LayerLab's menu entry, icon, file type and command were removed (the folder $here stays)."
    exit 0
fi
mkdir -p "$bin" "$apps" "$icons" "$mime"
ln -sf "$here/layerlab" "$bin/layerlab"
sed -e "s|^Exec=layerlab|Exec=\"$here/layerlab\"|" -e "s|^TryExec=layerlab|TryExec=$here/layerlab|" \
    "$here/layerlab.desktop" > "$apps/layerlab.desktop"
cp "$here/layerlab.png" "$icons/layerlab.png"
cp "$here/layerlab-mime.xml" "$mime/layerlab.xml"
refresh
echo "LayerLab installed: a menu entry in $apps and the command $bin/layerlab"
if [ $warm = yes ]; then
    "$here/layerlab" --warm-cache
fi
