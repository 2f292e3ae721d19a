alias more=less
