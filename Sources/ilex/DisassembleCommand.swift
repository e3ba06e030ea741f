// `ilex dis FILE [--type NAME] [--method NAME]`: an ILAsm-style listing of an assembly.
import ArgumentParser
import IlexMetadata

struct Disassemble: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dis",
        abstract: "Disassemble an assembly into an ILAsm-style listing.")

    @Argument(help: "The assembly (.exe or .dll).")
    var file: String

    @Option(help: "Only this type (full name such as Demo.Program, or simple name).")
    var type: String?

    @Option(help: "Only methods with this name.")
    var method: String?

    func run() throws {
        let reader = try openImage(file)
        let writer = ILAsmWriter(reader: reader, typeFilter: type, methodFilter: method)
        print(try reportingUserErrors { try writer.listing() }, terminator: "")
    }
}
