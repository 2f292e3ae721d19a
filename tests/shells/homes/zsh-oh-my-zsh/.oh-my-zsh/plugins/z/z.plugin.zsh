source "${0:A:h}/z.sh"
