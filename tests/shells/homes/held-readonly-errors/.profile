readonly COMPANY=acme
export COMPANY
COMPANY_SET_TWICE=before
COMPANY=other
COMPANY_SET_TWICE=after
if [ -n "$BASH_VERSION" ]; then . ~/.bashrc; fi
