"""spacecraft"""
