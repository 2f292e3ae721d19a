export KUBECONFIG="$HOME/.kube/config:$HOME/.kube/work.yaml"
alias k=kubectl
