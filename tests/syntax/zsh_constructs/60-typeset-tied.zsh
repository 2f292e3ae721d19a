# `typeset -T` and `typeset -U path`: tied arrays, unique elements
# statements: 4
typeset -TUx PYTHONPATH pythonpath
pythonpath=(~/lib/python(N-/) $pythonpath)
typeset -U path PATH
export PATH="/opt/marker/bin:$PATH"
