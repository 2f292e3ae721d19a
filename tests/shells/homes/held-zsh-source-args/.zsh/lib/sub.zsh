export SUB_FROM=${0:t}
