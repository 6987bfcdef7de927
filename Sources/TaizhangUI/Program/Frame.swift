/// What a program renders: the screen and where the visible cursor goes (nil hides it).
public struct Frame: Hashable, Sendable {
    public var buffer: ScreenBuffer
    public var cursor: ScreenPosition?

    public init(buffer: ScreenBuffer, cursor: ScreenPosition? = nil) {
        self.buffer = buffer
        self.cursor = cursor
    }
}
