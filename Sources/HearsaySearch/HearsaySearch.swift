// HearsaySearch
