# bash tests/package/completion_test.bash COMPLETION_FILE: the installed completion
# offers subcommands at the first word and a subcommand's options after a dash.
set -eu
source "$1"
complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _spacedc; echo "${COMPREPLY[*]}"; }
fail() { echo "completion: $*" >&2; exit 1; }
[ "$(complete_words spacedc si)" = "size" ] || fail "'spacedc si' gave '$(complete_words spacedc si)'"
[ "$(complete_words spacedc tr)" = "trade-altitude" ] || fail "'spacedc tr'"
[ "$(complete_words spacedc radiator --he)" = "--help --heat" ] || fail "'spacedc radiator --he' gave '$(complete_words spacedc radiator --he)'"
[ "$(complete_words spacedc size spec.toml --se)" = "--set" ] || fail "'spacedc size spec.toml --se'"
echo "bash completion: subcommands and options complete"
