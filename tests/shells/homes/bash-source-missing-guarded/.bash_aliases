alias a=true
