import ArgumentParser
import HearsayTheme

extension ColorChoice: ExpressibleByArgument {}
